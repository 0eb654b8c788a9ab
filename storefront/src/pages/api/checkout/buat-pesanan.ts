import { fail, failFrom, formAction } from "~/lib/actions"
import { completeCart } from "~/features/checkout/checkout.server"
import { clearCartId, rememberPlacedOrder, seeOther } from "~/lib/session"

/** Checkout step 5: "Buat Pesanan" → complete the cart. */
export const POST = formAction({
  input: (_form, { locals }) => (locals.cartId ? { cartId: locals.cartId } : fail("/keranjang", "keranjang_tidak_ditemukan")),
  run: async ({ cartId }, { cookies, url, locals }) => {
    const result = await completeCart(cartId, locals.token)
    if ("order" in result) {
      clearCartId(cookies)
      // Only this browser (or the customer's account) sees the order's personal details.
      rememberPlacedOrder(cookies, url, result.order.id, locals.cartId)
      return seeOther(`/pesanan/${encodeURIComponent(result.order.id)}/selesai`)
    }
    // The cart could not be completed (e.g. payment or stock).
    return failFrom({ status: 400, message: result.error }, "/checkout", "checkout", "tinjau")
  },
  onError: (err) => failFrom(err, "/checkout", "checkout", "tinjau"),
})
