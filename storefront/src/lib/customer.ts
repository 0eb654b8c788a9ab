import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "./medusa"
import { getCartId, setToken } from "./session"
import { statusOf } from "./errors"

/**
 * The logged-in customer for this JWT; null when the token is missing,
 * expired or rejected (401). Other failures are thrown.
 */
export async function retrieveCustomer(token: string | undefined): Promise<HttpTypes.StoreCustomer | null> {
  if (!token) return null
  try {
    const { customer } = await getSdk().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,phone,*addresses" },
      authHeaders(token),
    )
    return customer ?? null
  } catch (err) {
    const status = statusOf(err)
    if (status === 401 || status === 403 || status === 404) return null
    throw err
  }
}

export function customerName(c: Pick<HttpTypes.StoreCustomer, "first_name" | "last_name" | "email"> | null): string {
  if (!c) return ""
  return [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email
}

/**
 * Signs the customer in for this browser: stores the JWT cookie and hands a
 * guest cart started before login/registration over to the customer. A failed
 * transfer is logged, not fatal: the shopper is signed in either way.
 */
export async function startCustomerSession(cookies: AstroCookies, url: URL, token: string): Promise<void> {
  setToken(cookies, url, token)
  const cartId = getCartId(cookies)
  if (!cartId) return
  try {
    await getSdk().store.cart.transferCart(cartId, { fields: "id" }, authHeaders(token))
  } catch (err) {
    console.warn("[storefront] cart transfer failed:", err instanceof Error ? err.message : err)
  }
}
