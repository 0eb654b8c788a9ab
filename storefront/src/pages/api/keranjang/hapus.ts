import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { deleteLineItem } from "~/lib/cart.server"
import { field } from "~/lib/session"

/** "Hapus": line_id. */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  const lineId = field(form, "line_id")
  if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  if (!lineId) return fail("/keranjang", "umum")
  try {
    await deleteLineItem(locals.cartId, lineId, locals.token)
  } catch (err) {
    return failFrom(err, "/keranjang", "cart")
  }
  return ok("/keranjang", "item_dihapus")
}
