import type { APIContext, MiddlewareNext } from "astro"
import { defineMiddleware } from "astro:middleware"
import { BodyTooLargeError, declaredTooLarge, payloadTooLarge } from "~/lib/body"
import { cartItemCount } from "~/features/cart/cart"
import { cartFieldsFor, retrieveCart } from "~/features/cart/cart.server"
import { getCategories } from "~/features/catalog/catalog.server"
import { isCrossSiteRequest } from "~/lib/csrf"
import { isNetworkError } from "~/lib/errors"
import { retrieveCustomer } from "~/features/account/customer.server"
import { backendUrl, ConfigError, extraImageOrigins, publishableKey } from "~/lib/medusa.server"
import { isHttps, securityHeaders } from "~/lib/security-headers"
import { clearCartId, clearSession, getCartId, getSession } from "~/lib/session"

function configErrorPage(message: string): Response {
  const html = `<!doctype html><html lang="id"><meta charset="utf-8"><title>Konfigurasi belum lengkap</title>
<body style="font-family:system-ui;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>Pasar Sleman belum dikonfigurasi</h1><p role="alert">${message.replace(/[<>&]/g, "")}</p></body></html>`
  return new Response(html, { status: 500, headers: { "content-type": "text/html; charset=utf-8" } })
}

/** Sets headers on a response, copying it first when its headers are immutable (e.g. Response.redirect). */
function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v)
    return response
  } catch {
    const copy = new Response(response.body, response)
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v)
    return copy
  }
}

/**
 * Every request: CSRF check, body limit, security headers. Then reads the
 * session cookies once and, for page views, loads what pages need (customer,
 * the cart, categories) in parallel. Stale cookies are cleared here, before
 * the page starts streaming.
 */
export const onRequest = defineMiddleware(async (ctx, next) => {
  const headers = securityHeaders({ https: isHttps(ctx.url, ctx.request.headers), imageOrigins: [backendOrigin(), ...extraImageOrigins()] })
  return withHeaders(await handle(ctx, next), headers)
})

function backendOrigin(): string {
  try {
    return new URL(backendUrl()).origin
  } catch {
    return ""
  }
}

async function handle(ctx: APIContext, next: MiddlewareNext): Promise<Response> {
  const { request } = ctx
  if (isCrossSiteRequest(request.method, request.headers)) {
    return new Response("Permintaan lintas situs ditolak (cross-site form submissions are forbidden).", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  // Refuse big bodies before reading a byte; readForm enforces the same
  // limit while reading bodies sent without a Content-Length.
  if (declaredTooLarge(request.headers.get("content-length"))) return payloadTooLarge()

  const locals = ctx.locals
  locals.token = getSession(ctx.cookies)
  locals.cartId = getCartId(ctx.cookies)
  locals.customer = null
  locals.cart = null
  locals.cartCount = 0
  locals.categories = []
  locals.backendDown = false

  try {
    publishableKey()
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[storefront] ${err.message}`)
      return configErrorPage(err.message)
    }
    throw err
  }

  // Pages only: form endpoints (/api/*) and resized photos (/_image) need no header data.
  const path = ctx.url.pathname
  const isPageView = (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api/") && !path.startsWith("/_image")
  if (isPageView) {
    const [categories, customer, cart] = await Promise.allSettled([
      getCategories(),
      retrieveCustomer(locals.token),
      retrieveCart(locals.cartId, locals.token, cartFieldsFor(path)),
    ])
    const unreachable = [categories, customer, cart].find((r) => r.status === "rejected" && isNetworkError(r.reason))
    if (unreachable?.status === "rejected") locals.backendUnreachable = unreachable.reason
    if (categories.status === "fulfilled") locals.categories = categories.value
    else locals.backendDown = true

    if (customer.status === "fulfilled") {
      locals.customer = customer.value
      if (locals.token && !customer.value) {
        clearSession(ctx.cookies)
        locals.token = undefined
      }
    } else {
      locals.backendDown = true
    }
    if (cart.status === "fulfilled") {
      locals.cart = cart.value
      locals.cartCount = cartItemCount(cart.value)
      if (locals.cartId && !cart.value) {
        clearCartId(ctx.cookies)
        locals.cartId = undefined
      }
    } else {
      locals.cartError = cart.reason
    }
  }

  let response: Response
  try {
    response = await next()
  } catch (err) {
    if (err instanceof BodyTooLargeError) return payloadTooLarge()
    throw err
  }
  if (response.headers.get("content-type")?.includes("text/html") && !response.headers.has("cache-control")) {
    // Pages are personalised (cart count, account link).
    response = withHeaders(response, { "cache-control": "private, no-cache" })
  }
  return response
}
