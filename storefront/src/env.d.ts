/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Customer JWT from the ps_token cookie. */
    token?: string
    /** Cart id from the ps_cart cookie (read once, in the middleware). */
    cartId?: string
    /**
     * The open cart, loaded once per page view by the middleware (null: none,
     * or not loaded on API routes). `cartError` holds why loading failed.
     */
    cart: import("@medusajs/types").HttpTypes.StoreCart | null
    cartError?: unknown
    /** Logged-in customer (pages only; null for guests or on API routes). */
    customer: import("@medusajs/types").HttpTypes.StoreCustomer | null
    /** Total quantity in the cart, for the header. */
    cartCount: number
    /** Categories for the header nav. */
    categories: import("@medusajs/types").HttpTypes.StoreProductCategory[]
    /** True when the backend could not be reached while loading header data. */
    backendDown: boolean
  }
}
