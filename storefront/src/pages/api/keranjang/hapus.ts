import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { deleteLineItem } from "~/features/cart/cart.server"
import { field } from "~/lib/session"

/** "Hapus": line_id. */
export const POST = formAction({
  input: (form, { locals }) => {
    const lineId = field(form, "line_id")
    if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
    if (!lineId) return fail("/keranjang", "umum")
    return { cartId: locals.cartId, lineId }
  },
  run: async ({ cartId, lineId }, { locals }) => {
    await deleteLineItem(cartId, lineId, locals.token)
    return ok("/keranjang", "item_dihapus")
  },
  onError: (err) => failFrom(err, "/keranjang", "cart"),
})
