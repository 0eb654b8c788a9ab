import type { APIRoute } from "astro"
import { fail, failFrom, readForm } from "../../../lib/actions"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { clearCartId, getCartId, seeOther } from "../../../lib/session"

/** Checkout step 5: "Buat Pesanan" → complete the cart. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  await readForm(request)
  const cartId = getCartId(cookies)
  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  try {
    const result = await getSdk().store.cart.complete(cartId, {}, authHeaders(locals.token))
    if (result.type === "order") {
      clearCartId(cookies)
      return seeOther(`/pesanan/${encodeURIComponent(result.order.id)}/selesai`)
    }
    // type === "cart": the cart could not be completed (e.g. payment or stock).
    return failFrom({ status: 400, message: result.error?.message ?? "" }, "/checkout", "checkout", "tinjau")
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "tinjau")
  }
}
