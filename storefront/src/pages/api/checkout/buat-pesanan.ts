import type { APIRoute } from "astro"
import { fail, failFrom, readForm } from "~/lib/actions"
import { completeCart } from "~/lib/cart.server"
import { clearCartId, rememberPlacedOrder, seeOther } from "~/lib/session"

/** Checkout step 5: "Buat Pesanan" → complete the cart. */
export const POST: APIRoute = async ({ request, cookies, url, locals }) => {
  await readForm(request)
  if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  try {
    const result = await completeCart(locals.cartId, locals.token)
    if ("order" in result) {
      clearCartId(cookies)
      // Only this browser (or the customer's account) sees the order's personal details.
      rememberPlacedOrder(cookies, url, result.order.id, locals.cartId)
      return seeOther(`/pesanan/${encodeURIComponent(result.order.id)}/selesai`)
    }
    // The cart could not be completed (e.g. payment or stock).
    return failFrom({ status: 400, message: result.error }, "/checkout", "checkout", "tinjau")
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "tinjau")
  }
}
