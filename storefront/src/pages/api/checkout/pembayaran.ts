import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "../../../lib/actions"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { field, getCartId } from "../../../lib/session"

/** Checkout step 4: provider_id → a payment session on the cart's payment collection. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const form = await readForm(request)
  const cartId = getCartId(cookies)
  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  const providerId = field(form, "provider_id")
  if (!providerId) return fail("/checkout", "pembayaran_belum_dipilih", "pembayaran")
  try {
    const sdk = getSdk()
    const headers = authHeaders(locals.token)
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*payment_collection" }, headers)
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "pembayaran")
  }
  return ok("/checkout", "pembayaran_disimpan", "tinjau")
}
