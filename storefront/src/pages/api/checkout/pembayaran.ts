import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { setPaymentProvider } from "~/lib/cart.server"
import { field } from "~/lib/session"

/** Checkout step 4: provider_id → a payment session on the cart's payment collection. */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
  const providerId = field(form, "provider_id")
  if (!providerId) return fail("/checkout", "pembayaran_belum_dipilih", "pembayaran")
  try {
    await setPaymentProvider(locals.cartId, providerId, locals.token)
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "pembayaran")
  }
  return ok("/checkout", "pembayaran_disimpan", "tinjau")
}
