/**
 * Checkout steps on the visitor's cart: address, shipping method, payment
 * session, and completing the cart into an order. Server only.
 */
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "~/lib/medusa.server"

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
