import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { parseQuantity } from "~/features/cart/cart"
import { addLineItem, getOrCreateCart } from "~/features/cart/cart.server"
import { field, safePath } from "~/lib/session"

/** "Tambah ke Keranjang": variant_id, quantity, redirect (the product page). */
export const POST = formAction({
  input: (form) => {
    const back = safePath(field(form, "redirect"), "/keranjang")
    const variantId = field(form, "variant_id")
    const quantity = parseQuantity(field(form, "quantity") || "1")
    if (!variantId) return fail(back, "produk_tidak_ditemukan")
    if (quantity === null) return fail(back, "jumlah_tidak_valid")
    return { back, variantId, quantity }
  },
  run: async ({ back, variantId, quantity }, { cookies, url, locals }) => {
    const cart = await getOrCreateCart(cookies, url, locals.cartId, locals.token)
    await addLineItem(cart.id, variantId, quantity, locals.token)
    return ok(back, "ditambahkan")
  },
  onError: (err, { back }) => failFrom(err, back, "cart"),
})
