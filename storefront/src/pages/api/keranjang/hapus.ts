import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "../../../lib/actions"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { field, getCartId } from "../../../lib/session"

/** "Hapus": line_id. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const form = await readForm(request)
  const cartId = getCartId(cookies)
  const lineId = field(form, "line_id")
  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  if (!lineId) return fail("/keranjang", "umum")
  try {
    await getSdk().store.cart.deleteLineItem(cartId, lineId, {}, authHeaders(locals.token))
  } catch (err) {
    return failFrom(err, "/keranjang", "cart")
  }
  return ok("/keranjang", "item_dihapus")
}
