/**
 * Cookies and per-request helpers shared by pages and form actions.
 *
 *   ps_cart   the Medusa cart id (httpOnly, 30 days)
 *   ps_token  the logged-in customer's JWT (httpOnly, 7 days; the backend's
 *             own expiry still applies — a 401 clears it)
 */
import type { AstroCookies } from "astro"

export const CART_COOKIE = "ps_cart"
export const TOKEN_COOKIE = "ps_token"

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

export function getToken(cookies: AstroCookies): string | undefined {
  return cookies.get(TOKEN_COOKIE)?.value || undefined
}

export function setToken(cookies: AstroCookies, url: URL, token: string): void {
  cookies.set(TOKEN_COOKIE, token, options(url, 7 * DAY))
}

export function clearToken(cookies: AstroCookies): void {
  cookies.delete(TOKEN_COOKIE, { path: "/" })
}

/**
 * Only same-site relative paths may be used as redirect targets
 * (`/produk/x?varian=y`), never `//evil.example` or absolute URLs.
 */
export function safePath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback
  if (/[\r\n]/.test(value)) return fallback
  return value
}

/**
 * Build a redirect target: `path` plus query params (existing `error`/`info`
 * are replaced) and an optional #hash.
 */
export function withParams(path: string, params: Record<string, string | null | undefined>, hash?: string): string {
  const url = new URL(path, "http://x")
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

export const INFO_MESSAGES = {
  ditambahkan: "Produk ditambahkan ke keranjang.",
  keranjang_diperbarui: "Keranjang diperbarui.",
  item_dihapus: "Produk dihapus dari keranjang.",
  masuk: "Anda berhasil masuk.",
  terdaftar: "Akun berhasil dibuat. Selamat datang di Pasar Sleman!",
  keluar: "Anda telah keluar.",
  alamat_disimpan: "Alamat pengiriman disimpan.",
  pengiriman_disimpan: "Metode pengiriman disimpan.",
  pembayaran_disimpan: "Metode pembayaran disimpan.",
} as const

export function infoMessage(code: string | null | undefined): string | null {
  if (!code || !Object.prototype.hasOwnProperty.call(INFO_MESSAGES, code)) return null
  return INFO_MESSAGES[code as keyof typeof INFO_MESSAGES]
}
