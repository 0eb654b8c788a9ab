/**
 * Customer accounts: login, registration, the signed-in customer. Server only.
 */
import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "./medusa.server"
import { transferCart } from "./cart.server"
import { setToken } from "./session"
import { statusOf } from "./errors"

/**
 * The logged-in customer for this credential; null when it is missing,
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

/**
 * Email + password → the customer's JWT. Throws the API error (401 for a
 * wrong password); null when Medusa answers with anything but a token
 * (third-party redirect, MFA, verification: not supported here).
 */
export async function login(email: string, password: string): Promise<string | null> {
  const result = await getSdk().auth.login("customer", "emailpass", { email, password })
  return typeof result === "string" ? result : null
}

/** Creates the identity and the customer, then logs in (see `login`). */
export async function register(
  input: { email: string; password: string; first_name: string; last_name: string },
): Promise<string | null> {
  const sdk = getSdk()
  const { email, password, first_name, last_name } = input
  const registrationToken = await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.store.customer.create({ email, first_name, last_name }, { fields: "id" }, authHeaders(registrationToken))
  return login(email, password)
}

/**
 * Signs the customer in for this browser: stores the credential cookie and
 * hands a guest cart started before login/registration over to the customer.
 * A failed transfer is logged, not fatal: the shopper is signed in either way.
 */
export async function startCustomerSession(
  cookies: AstroCookies,
  url: URL,
  token: string,
  cartId: string | undefined,
): Promise<void> {
  setToken(cookies, url, token)
  if (!cartId) return
  try {
    await transferCart(cartId, token)
  } catch (err) {
    console.warn("[storefront] cart transfer failed:", err instanceof Error ? err.message : err)
  }
}
