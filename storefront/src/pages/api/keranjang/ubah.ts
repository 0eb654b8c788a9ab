import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { parseQuantity } from "~/features/cart/cart"
import { deleteLineItem, updateLineItem } from "~/features/cart/cart.server"
import { field } from "~/lib/session"

/** Cart quantity update: line_id, quantity (0 removes the line). */
export const POST = formAction({
  input: (form, { locals }) => {
    const lineId = field(form, "line_id")
    const quantity = parseQuantity(field(form, "quantity"), { min: 0 })
    if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
    if (!lineId) return fail("/keranjang", "umum")
    if (quantity === null) return fail("/keranjang", "jumlah_tidak_valid")
    return { cartId: locals.cartId, lineId, quantity }
  },
  run: async ({ cartId, lineId, quantity }, { locals }) => {
    if (quantity === 0) {
      await deleteLineItem(cartId, lineId, locals.token)
      return ok("/keranjang", "item_dihapus")
    }
    await updateLineItem(cartId, lineId, quantity, locals.token)
    return ok("/keranjang", "keranjang_diperbarui")
  },
  onError: (err) => failFrom(err, "/keranjang", "cart"),
})
