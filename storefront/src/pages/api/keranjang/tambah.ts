import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { parseQuantity } from "~/lib/cart"
import { addLineItem, getOrCreateCart } from "~/lib/cart.server"
import { field, safePath } from "~/lib/session"

/** "Tambah ke Keranjang": variant_id, quantity, redirect (the product page). */
export const POST: APIRoute = async ({ request, cookies, url, locals }) => {
  const form = await readForm(request)
  const back = safePath(field(form, "redirect"), "/keranjang")
  const variantId = field(form, "variant_id")
  const quantity = parseQuantity(field(form, "quantity") || "1")

  if (!variantId) return fail(back, "produk_tidak_ditemukan")
  if (quantity === null) return fail(back, "jumlah_tidak_valid")

  try {
    const cart = await getOrCreateCart(cookies, url, locals.cartId, locals.token)
    await addLineItem(cart.id, variantId, quantity, locals.token)
  } catch (err) {
    return failFrom(err, back, "cart")
  }
  return ok(back, "ditambahkan")
}
