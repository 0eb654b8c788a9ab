import { defineMiddleware } from "astro:middleware"
import { isCrossSiteRequest } from "~/lib/csrf"
import { cartItemCount } from "~/lib/cart"
import { retrieveCart } from "~/lib/cart.server"
import { getCategories } from "~/lib/catalog.server"
import { retrieveCustomer } from "~/lib/customer.server"
import { ConfigError, publishableKey } from "~/lib/medusa.server"
import { clearCartId, clearToken, getCartId, getToken } from "~/lib/session"

function configErrorPage(message: string): Response {
  const html = `<!doctype html><html lang="id"><meta charset="utf-8"><title>Konfigurasi belum lengkap</title>
<body style="font-family:system-ui;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>Pasar Sleman belum dikonfigurasi</h1><p role="alert">${message.replace(/[<>&]/g, "")}</p></body></html>`
  return new Response(html, { status: 500, headers: { "content-type": "text/html; charset=utf-8" } })
}

/**
 * Reads the session cookies and, for page views, loads what the header needs
 * (customer, the cart, categories) in parallel. Stale cookies are cleared
 * here, before the page starts streaming.
 */
export const onRequest = defineMiddleware(async (ctx, next) => {
  if (isCrossSiteRequest(ctx.request.method, ctx.request.headers)) {
    return new Response("Permintaan lintas situs ditolak (cross-site form submissions are forbidden).", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
  const locals = ctx.locals
  locals.token = getToken(ctx.cookies)
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

  const isPageView = (ctx.request.method === "GET" || ctx.request.method === "HEAD") && !ctx.url.pathname.startsWith("/api/")
  if (isPageView) {
    const [categories, customer, cart] = await Promise.allSettled([
      getCategories(),
      retrieveCustomer(locals.token),
      retrieveCart(locals.cartId, locals.token),
    ])
    if (categories.status === "fulfilled") locals.categories = categories.value
    else locals.backendDown = true

    if (customer.status === "fulfilled") {
      locals.customer = customer.value
      if (locals.token && !customer.value) {
        clearToken(ctx.cookies)
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

  const response = await next()
  if (response.headers.get("content-type")?.includes("text/html") && !response.headers.has("cache-control")) {
    // Pages are personalised (cart count, account link).
    try {
      response.headers.set("cache-control", "private, no-cache")
    } catch {
      // immutable headers (e.g. Response.redirect): leave as is
    }
  }
  return response
})
