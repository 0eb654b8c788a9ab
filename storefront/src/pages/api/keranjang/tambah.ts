import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "../../../lib/actions"
import { getOrCreateCart } from "../../../lib/cart"
import { authHeaders, getSdk } from "../../../lib/medusa"
import { field, safePath } from "../../../lib/session"

/** "Tambah ke Keranjang": variant_id, quantity, redirect (the product page). */
export const POST: APIRoute = async ({ request, cookies, url, locals }) => {
  const form = await readForm(request)
  const back = safePath(field(form, "redirect"), "/keranjang")
  const variantId = field(form, "variant_id")
  const quantity = Number(field(form, "quantity") || "1")

  if (!variantId) return fail(back, "produk_tidak_ditemukan")
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 999) return fail(back, "jumlah_tidak_valid")

  try {
    const cart = await getOrCreateCart(cookies, url, locals.token)
    await getSdk().store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id" },
      authHeaders(locals.token),
    )
  } catch (err) {
    return failFrom(err, back, "cart")
  }
  return ok(back, "ditambahkan")
}
