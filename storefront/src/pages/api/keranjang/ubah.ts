import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "../../../lib/actions"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { field, getCartId } from "../../../lib/session"

/** Cart quantity update: line_id, quantity (0 removes the line). */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const form = await readForm(request)
  const cartId = getCartId(cookies)
  const lineId = field(form, "line_id")
  const quantity = Number(field(form, "quantity"))

  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  if (!lineId) return fail("/keranjang", "umum")
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 999) return fail("/keranjang", "jumlah_tidak_valid")

  try {
    const sdk = getSdk()
    if (quantity === 0) {
      await sdk.store.cart.deleteLineItem(cartId, lineId, {}, authHeaders(locals.token))
      return ok("/keranjang", "item_dihapus")
    }
    await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, authHeaders(locals.token))
  } catch (err) {
    return failFrom(err, "/keranjang", "cart")
  }
  return ok("/keranjang", "keranjang_diperbarui")
}
