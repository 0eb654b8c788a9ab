import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "../../../lib/actions"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { field, getCartId } from "../../../lib/session"

/** Checkout step 3: option_id of a shipping option for this cart. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const form = await readForm(request)
  const cartId = getCartId(cookies)
  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  const optionId = field(form, "option_id")
  if (!optionId) return fail("/checkout", "pengiriman_belum_dipilih", "pengiriman")
  try {
    await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, authHeaders(locals.token))
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "pengiriman")
  }
  return ok("/checkout", "pengiriman_disimpan", "pembayaran")
}
