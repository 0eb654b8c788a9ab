import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { setShippingMethod } from "~/features/checkout/checkout.server"
import { field } from "~/lib/session"

/** Checkout step 3: option_id of a shipping option for this cart. */
export const POST = formAction({
  input: (form, { locals }) => {
    if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
    const optionId = field(form, "option_id")
    if (!optionId) return fail("/checkout", "pengiriman_belum_dipilih", "pengiriman")
    return { cartId: locals.cartId, optionId }
  },
  run: async ({ cartId, optionId }, { locals }) => {
    await setShippingMethod(cartId, optionId, locals.token)
    return ok("/checkout", "pengiriman_disimpan", "pembayaran")
  },
  onError: (err) => failFrom(err, "/checkout", "checkout", "pengiriman"),
})
