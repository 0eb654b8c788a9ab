/**
 * Cart access on the server. The cart id lives in the `ps_cart` cookie.
 */
import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getRegion, getSdk, CART_FIELDS } from "./medusa"
import { clearCartId, getCartId, setCartId } from "./session"
import { statusOf } from "./errors"

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

export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
}

/**
 * The visitor's open cart, creating one (in the store's region, for the
 * logged-in customer if any) when there is none.
 */
export async function getOrCreateCart(
  cookies: AstroCookies,
  url: URL,
  token?: string,
): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart(getCartId(cookies), token, "id,region_id,completed_at,customer_id")
  if (existing) return existing
  clearCartId(cookies)
  const region = await getRegion()
  // Created with the customer's token, Medusa links the cart to the customer.
  const { cart } = await getSdk().store.cart.create(
    { region_id: region.id },
    { fields: "id,region_id" },
    authHeaders(token),
  )
  setCartId(cookies, url, cart.id)
  return cart
}
