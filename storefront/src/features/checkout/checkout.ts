/**
 * Pure checkout helpers (no I/O; tested in checkout.test.ts): the address
 * form's input, where the shopper is in the four steps, what each step shows
 * preselected.
 */
import type { HttpTypes } from "@medusajs/types"
import type { ErrorCode } from "~/lib/messages"
import { field, isEmail } from "~/lib/session"

export type CheckoutAddress = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  province: string
  postal_code: string
  phone: string
  country_code: "id"
}

/**
 * Step 1's form (email and shipping address; billing = shipping) as input for
 * the cart, or the code of what is missing or malformed.
 */
export function parseAddressForm(form: FormData): { email: string; address: CheckoutAddress } | ErrorCode {
  const email = field(form, "email").toLowerCase()
  const address: CheckoutAddress = {
    first_name: field(form, "first_name"),
    last_name: field(form, "last_name"),
    address_1: field(form, "address_1"),
    city: field(form, "city") || "Sleman",
    province: field(form, "province") || "DI Yogyakarta",
    postal_code: field(form, "postal_code"),
    phone: field(form, "phone"),
    // The store ships within Indonesia only.
    country_code: "id",
  }
  if (!email || !address.first_name || !address.address_1 || !address.postal_code || !address.phone) {
    return "data_belum_lengkap"
  }
  if (!isEmail(email) || !/^\d{5}$/.test(address.postal_code) || !/^[+\d][\d\s-]{6,}$/.test(address.phone)) {
    return "data_tidak_valid"
  }
  return { email, address }
}

type CheckoutCart = Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "shipping_methods" | "payment_collection">
type CheckoutCustomer = Pick<HttpTypes.StoreCustomer, "email" | "first_name" | "last_name" | "phone" | "addresses">

/** How far the cart got: which steps are done, and what they hold. */
export function checkoutProgress(cart: CheckoutCart | null | undefined) {
  const address = cart?.shipping_address ?? null
  const savedAddress = Boolean(cart?.email && address?.address_1 && address?.first_name)
  const shippingMethod = cart?.shipping_methods?.[0]
  const sessions = cart?.payment_collection?.payment_sessions
  const paymentSession = sessions?.find((s) => s.status !== "canceled") ?? sessions?.[0]
  const hasShipping = Boolean(shippingMethod)
  const hasPayment = Boolean(paymentSession)
  return {
    address,
    savedAddress,
    shippingMethod,
    paymentSession,
    hasShipping,
    hasPayment,
    canReview: savedAddress && hasShipping && hasPayment,
  }
}

export type CheckoutProgress = ReturnType<typeof checkoutProgress>

/** Step 1's prefill: what is on the cart, else the customer's first saved address. */
export function addressPrefill(cart: CheckoutCart | null | undefined, customer: CheckoutCustomer | null | undefined) {
  const addr = cart?.shipping_address
  const saved = customer?.addresses?.[0]
  return {
    email: cart?.email || customer?.email || "",
    first_name: addr?.first_name || saved?.first_name || customer?.first_name || "",
    last_name: addr?.last_name || saved?.last_name || customer?.last_name || "",
    address_1: addr?.address_1 || saved?.address_1 || "",
    city: addr?.city || saved?.city || "Sleman",
    province: addr?.province || saved?.province || "DI Yogyakarta",
    postal_code: addr?.postal_code || saved?.postal_code || "",
    phone: addr?.phone || saved?.phone || customer?.phone || "",
  }
}

export type AddressPrefill = ReturnType<typeof addressPrefill>

/** A shipping option's price for this cart (calculated when the option is calculated). */
export function optionPrice(o: HttpTypes.StoreCartShippingOption): number {
  const calc = (o as { calculated_price?: { calculated_amount?: number } }).calculated_price?.calculated_amount
  return typeof calc === "number" ? calc : (o.amount ?? 0)
}

/** The choice to preselect: the one already made, else the only one offered. */
export function preselected(chosen: string | null | undefined, offered: { id: string }[]): string | undefined {
  return chosen ?? (offered.length === 1 ? offered[0].id : undefined)
}

/** A step's card classes: done (ticked) and locked (its previous step is not done). */
export function stepClass(done: boolean, locked = false): string {
  return `card step${done ? " step-done" : ""}${locked ? " step-locked" : ""}`
}
