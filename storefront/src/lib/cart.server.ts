/**
 * Cart reads and writes (cart, line items, checkout steps). Server only.
 * The cart id lives in the `ps_cart` cookie; the middleware reads it once per
 * request into `Astro.locals.cartId` and, for page views, loads the cart once
 * into `Astro.locals.cart`.
 */
import type { AstroCookies } from "astro"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "./medusa.server"
import { getRegion } from "./catalog.server"
import { clearCartId, setCartId } from "./session"
import { statusOf } from "./errors"

/** Cart page / checkout / header: defaults plus the shipping method's name. */
export const CART_FIELDS = "+shipping_methods.id,+shipping_methods.name"

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

export async function setCartAddress(
  cartId: string,
  email: string,
  address: HttpTypes.StoreAddAddress,
  token?: string,
): Promise<void> {
  await getSdk().store.cart.update(
    cartId,
    { email, shipping_address: address, billing_address: address },
    { fields: "id" },
    authHeaders(token),
  )
}

export async function setShippingMethod(cartId: string, optionId: string, token?: string): Promise<void> {
  await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, authHeaders(token))
}

export async function setPaymentProvider(cartId: string, providerId: string, token?: string): Promise<void> {
  const sdk = getSdk()
  const headers = authHeaders(token)
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*payment_collection" }, headers)
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
}

/** Shipping options and payment providers the checkout offers for this cart. */
export async function checkoutChoices(
  cart: Pick<HttpTypes.StoreCart, "id" | "region_id">,
  token?: string,
): Promise<{ shippingOptions: HttpTypes.StoreCartShippingOption[]; providers: HttpTypes.StorePaymentProvider[] }> {
  const sdk = getSdk()
  const headers = authHeaders(token)
  const [opts, provs] = await Promise.all([
    sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }, headers),
    sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! }, headers),
  ])
  return { shippingOptions: opts.shipping_options ?? [], providers: provs.payment_providers ?? [] }
}

export type CompleteResult = { order: HttpTypes.StoreOrder } | { error: string }

/** "Buat Pesanan": the order, or the reason Medusa could not complete the cart. */
export async function completeCart(cartId: string, token?: string): Promise<CompleteResult> {
  const result = await getSdk().store.cart.complete(cartId, {}, authHeaders(token))
  if (result.type === "order") return { order: result.order }
  return { error: result.error?.message ?? "" }
}
