/**
 * Cart reads and writes (the cart, its line items). Server only. The checkout
 * steps are in features/checkout/checkout.server.ts.
 * The cart id lives in the `ps_cart` cookie; the middleware reads it once per
 * request into `Astro.locals.cartId` and, for page views, loads the cart once
 * into `Astro.locals.cart`.
 */
import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "~/lib/medusa.server"
import { getRegion } from "~/features/catalog/catalog.server"
import { clearCartId, setCartId } from "~/lib/session"
import { statusOf } from "~/lib/errors"

/** Cart page / checkout: defaults (items, totals…) plus the shipping method's name. */
export const CART_FIELDS = "+shipping_methods.id,+shipping_methods.name"

/** Every other page only shows the item count in the header: no totals computed. */
export const CART_COUNT_FIELDS = "id,completed_at,items.id,items.quantity"

/** Pages that show the whole cart. */
export function cartFieldsFor(pathname: string): string {
  return /^\/(keranjang|checkout)\/?$/.test(pathname) ? CART_FIELDS : CART_COUNT_FIELDS
}

/**
 * The cart for this id, or null when it no longer exists or was already
 * turned into an order. Other failures (backend down) are thrown.
 */
export async function retrieveCart(
  cartId: string | undefined,
  token?: string,
  fields: string = CART_FIELDS,
): Promise<HttpTypes.StoreCart | null> {
  if (!cartId) return null
  try {
    const { cart } = await getSdk().store.cart.retrieve(cartId, { fields }, authHeaders(token))
    if (!cart || cart.completed_at) return null
    return cart
  } catch (err) {
    const status = statusOf(err)
    // 404: deleted/unknown. 400/401: the cart belongs to another customer.
    if (status === 404 || status === 400 || status === 401 || status === 403) return null
    throw err
  }
}

/**
 * The visitor's open cart, creating one (in the store's region, for the
 * logged-in customer if any) when there is none.
 */
export async function getOrCreateCart(
  cookies: AstroCookies,
  url: URL,
  cartId: string | undefined,
  token?: string,
): Promise<Pick<HttpTypes.StoreCart, "id">> {
  const existing = await retrieveCart(cartId, token, "id,region_id,completed_at,customer_id")
  if (existing) return existing
  clearCartId(cookies)
  const region = await getRegion()
  // Created with the customer's token, Medusa links the cart to the customer.
  const { cart } = await getSdk().store.cart.create({ region_id: region.id }, { fields: "id" }, authHeaders(token))
  setCartId(cookies, url, cart.id)
  return cart
}

export async function addLineItem(cartId: string, variantId: string, quantity: number, token?: string): Promise<void> {
  await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }, authHeaders(token))
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number, token?: string): Promise<void> {
  await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, authHeaders(token))
}

export async function deleteLineItem(cartId: string, lineId: string, token?: string): Promise<void> {
  await getSdk().store.cart.deleteLineItem(cartId, lineId, {}, authHeaders(token))
}

/** Hands a guest cart over to the signed-in customer. */
export async function transferCart(cartId: string, token: string): Promise<void> {
  await getSdk().store.cart.transferCart(cartId, { fields: "id" }, authHeaders(token))
}
