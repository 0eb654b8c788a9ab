import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { setShippingMethod } from "~/lib/cart.server"
import { field } from "~/lib/session"

/** Checkout step 3: option_id of a shipping option for this cart. */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  const optionId = field(form, "option_id")
  if (!optionId) return fail("/checkout", "pengiriman_belum_dipilih", "pengiriman")
  try {
    await setShippingMethod(locals.cartId, optionId, locals.token)
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "pengiriman")
  }
  return ok("/checkout", "pengiriman_disimpan", "pembayaran")
}
