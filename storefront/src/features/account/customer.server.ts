/**
 * Customer accounts: login, registration, the signed-in customer. Server only.
 */
import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, backendFetch, bearer, getSdk } from "~/lib/medusa.server"
import { transferCart } from "~/features/cart/cart.server"
import { setSession } from "~/lib/session"
import { statusOf } from "~/lib/errors"

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
 * Email + password → a Medusa session for the customer (the `name=value`
 * cookie pair to send back on later calls). The JWT from the login is only
 * used to open the session (POST /auth/session) and then dropped, so logging
 * out (DELETE /auth/session) really ends the customer's access. Throws the
 * API error (401 for a wrong password); null when Medusa answers with
 * anything but a token (third-party redirect, MFA: not supported here).
 */
/**
 * Email/password login. `clientIp` is the shopper's address, forwarded to the
 * backend as X-Forwarded-For: the backend throttles failed logins per account
 * and per client IP, and would otherwise count every shopper as the
 * storefront's one address. The backend believes it only from trusted proxies
 * (LOGIN_THROTTLE_TRUSTED_PROXIES, loopback by default). Throttled: a BackendError
 * with status 429 (errors.ts: retryAfterSeconds).
 */
export async function login(email: string, password: string, clientIp?: string): Promise<string | null> {
  const result = (await backendFetch("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: clientIp ? { "x-forwarded-for": clientIp } : {},
  })) as { token?: string; location?: string; mfa_challenge?: unknown; verification_required?: boolean }
  // Anything but a plain token (third-party redirect, MFA, verification) is not supported here.
  if (!result.token || result.location || result.mfa_challenge || result.verification_required) return null
  return openSession(result.token)
}

async function openSession(jwt: string): Promise<string> {
  const res = (await backendFetch("/auth/session", {
    method: "POST",
    // `accept` other than JSON: backendFetch hands back the raw Response (we need
    // its Set-Cookie). In production Medusa marks the cookie Secure and only
    // sets it on HTTPS requests; the storefront is the TLS-terminating client
    // here, so it says so (Medusa trusts one proxy hop).
    headers: { ...bearer(jwt), accept: "*/*", "x-forwarded-proto": "https" },
  })) as Response
  const pair = res.headers.getSetCookie().map((c) => c.split(";")[0]?.trim()).find((c) => c && c.includes("="))
  if (!pair) throw new Error("POST /auth/session set no session cookie")
  return pair
}

/** Ends the customer's session at the backend (DELETE /auth/session). */
export async function logout(session: string | undefined): Promise<void> {
  if (!session) return
  try {
    await backendFetch("/auth/session", { method: "DELETE", headers: authHeaders(session) })
  } catch (err) {
    // 401: already gone. Anything else is logged; the browser forgets it either way.
    if (statusOf(err) !== 401) console.error("[storefront] logout failed:", err instanceof Error ? err.message : err)
  }
}

/**
 * Creates the identity and the customer, then logs in (see `login`). The
 * backend limits registrations per client address, so `clientIp` is forwarded
 * as for the login. Throttled: a BackendError with status 429.
 */
export async function register(
  input: { email: string; password: string; first_name: string; last_name: string },
  clientIp?: string,
): Promise<string | null> {
  const sdk = getSdk()
  const { email, password, first_name, last_name } = input
  const forwarded: Record<string, string> = clientIp ? { "x-forwarded-for": clientIp } : {}
  const { token: registrationToken } = (await sdk.client.fetch("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
    headers: forwarded,
  })) as { token?: string }
  if (!registrationToken) throw new Error("Unexpected registration response")
  await sdk.store.customer.create({ email, first_name, last_name }, { fields: "id" }, { ...bearer(registrationToken), ...forwarded })
  return login(email, password, clientIp)
}

/**
 * Signs the customer in for this browser: stores the session cookie and
 * hands a guest cart started before login/registration over to the customer.
 * A failed transfer is logged, not fatal: the shopper is signed in either way.
 */
export async function startCustomerSession(
  cookies: AstroCookies,
  url: URL,
  session: string,
  cartId: string | undefined,
): Promise<void> {
  setSession(cookies, url, session)
  if (!cartId) return
  try {
    await transferCart(cartId, session)
  } catch (err) {
    console.warn("[storefront] cart transfer failed:", err instanceof Error ? err.message : err)
  }
}
