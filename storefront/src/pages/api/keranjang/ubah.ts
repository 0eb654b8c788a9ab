import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { parseQuantity } from "~/lib/cart"
import { deleteLineItem, updateLineItem } from "~/lib/cart.server"
import { field } from "~/lib/session"

/** Cart quantity update: line_id, quantity (0 removes the line). */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  const { cartId, token } = locals
  const lineId = field(form, "line_id")
  const quantity = parseQuantity(field(form, "quantity"), { min: 0 })

  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  if (!lineId) return fail("/keranjang", "umum")
  if (quantity === null) return fail("/keranjang", "jumlah_tidak_valid")

  try {
    if (quantity === 0) {
      await deleteLineItem(cartId, lineId, token)
      return ok("/keranjang", "item_dihapus")
    }
    await updateLineItem(cartId, lineId, quantity, token)
  } catch (err) {
    return failFrom(err, "/keranjang", "cart")
  }
  return ok("/keranjang", "keranjang_diperbarui")
}
