/**
 * Cookies and per-request helpers shared by pages and form actions.
 *
 *   ps_cart     the Medusa cart id (httpOnly, 30 days)
 *   ps_session  the customer's Medusa session cookie (`connect.sid=...`, from
 *               POST /auth/session; httpOnly, 10 hours like Medusa's session).
 *               Logging out deletes the session at the backend, so a copied
 *               cookie is worthless afterwards. A 401 clears it.
 *   ps_pesanan  the id of the order this browser just placed (httpOnly, 1 hour,
 *               path /pesanan): lets the confirmation page show its details.
 *   ps_pesanan_keranjang  the id of the cart that order was placed from (same
 *               lifetime and path): sent to the backend as X-Order-Cart-Id, the
 *               proof that lets this browser read the order's personal details.
 */
import type { AstroCookies } from "astro"

export const CART_COOKIE = "ps_cart"
export const SESSION_COOKIE = "ps_session"
export const ORDER_COOKIE = "ps_pesanan"
export const ORDER_CART_COOKIE = "ps_pesanan_keranjang"
/** Medusa's default session lifetime (projectConfig.sessionOptions.ttl). */
const SESSION_SECONDS = 10 * 60 * 60
const ORDER_SECONDS = 60 * 60

const DAY = 60 * 60 * 24

function options(url: URL, maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: url.protocol === "https:",
    maxAge,
  }
}

export function getCartId(cookies: AstroCookies): string | undefined {
  return cookies.get(CART_COOKIE)?.value || undefined
}

export function setCartId(cookies: AstroCookies, url: URL, cartId: string): void {
  cookies.set(CART_COOKIE, cartId, options(url, 30 * DAY))
}

export function clearCartId(cookies: AstroCookies): void {
  cookies.delete(CART_COOKIE, { path: "/" })
}

export function getSession(cookies: AstroCookies): string | undefined {
  return cookies.get(SESSION_COOKIE)?.value || undefined
}

export function setSession(cookies: AstroCookies, url: URL, session: string): void {
  cookies.set(SESSION_COOKIE, session, options(url, SESSION_SECONDS))
}

export function clearSession(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: "/" })
}

/** Remembers, for an hour, that this browser placed the order (and from which cart: the backend's proof). */
export function rememberPlacedOrder(cookies: AstroCookies, url: URL, orderId: string, cartId?: string): void {
  cookies.set(ORDER_COOKIE, orderId, { ...options(url, ORDER_SECONDS), path: "/pesanan" })
  if (cartId) cookies.set(ORDER_CART_COOKIE, cartId, { ...options(url, ORDER_SECONDS), path: "/pesanan" })
}

/** The cart id this browser placed `orderId` from, if it placed it. */
export function placedOrderCartId(cookies: AstroCookies, orderId: string): string | undefined {
  if (placedOrderId(cookies) !== orderId) return undefined
  return cookies.get(ORDER_CART_COOKIE)?.value || undefined
}

export function placedOrderId(cookies: AstroCookies): string | undefined {
  return cookies.get(ORDER_COOKIE)?.value || undefined
}

const SELF = "http://storefront.invalid"

/**
 * A redirect target from user input, as a path on this site — or `fallback`.
 * The value is resolved the way a browser would resolve it against our own
 * origin; it is accepted only when the origin stays ours, and the path is
 * returned in its normalised form (so `/.//x` can never become the
 * protocol-relative `//x` later). `//x`, `/\\x`, `https://x`, `javascript:`
 * and the like fall back.
 */
export function safePath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, SELF)
  } catch {
    return fallback
  }
  if (url.origin !== SELF || url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * Build a redirect target: `path` plus query params (existing `error`/`info`
 * are replaced) and an optional #hash.
 */
export function withParams(path: string, params: Record<string, string | null | undefined>, hash?: string): string {
  const url = new URL(path, SELF)
  url.searchParams.delete("error")
  url.searchParams.delete("info")
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") url.searchParams.delete(k)
    else url.searchParams.set(k, v)
  }
  return `${url.pathname}${url.search}${hash ? `#${hash}` : url.hash}`
}

/** 303 See Other: the browser follows with GET (Post/Redirect/Get). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } })
}

/** Read a trimmed string field from a submitted form. */
export function field(form: FormData, name: string): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim() : ""
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A plausible email address (the backend checks it again). */
export function isEmail(value: string): boolean {
  return EMAIL_RE.test(value)
}
