import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { setPaymentProvider } from "~/features/checkout/checkout.server"
import { field } from "~/lib/session"

/** Checkout step 4: provider_id → a payment session on the cart's payment collection. */
export const POST = formAction({
  input: (form, { locals }) => {
    if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
    const providerId = field(form, "provider_id")
    if (!providerId) return fail("/checkout", "pembayaran_belum_dipilih", "pembayaran")
    return { cartId: locals.cartId, providerId }
  },
  run: async ({ cartId, providerId }, { locals }) => {
    await setPaymentProvider(cartId, providerId, locals.token)
    return ok("/checkout", "pembayaran_disimpan", "tinjau")
  },
  onError: (err) => failFrom(err, "/checkout", "checkout", "pembayaran"),
})
