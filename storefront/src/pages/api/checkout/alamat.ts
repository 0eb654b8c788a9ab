import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { parseAddressForm } from "~/features/checkout/checkout"
import { setCartAddress } from "~/features/checkout/checkout.server"

/** Checkout steps 1+2: email and shipping address (billing = shipping). */
export const POST = formAction({
  input: (form, { locals }) => {
    if (!locals.cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")
    const parsed = parseAddressForm(form)
    if (typeof parsed === "string") return fail("/checkout", parsed, "alamat")
    return { cartId: locals.cartId, ...parsed }
  },
  run: async ({ cartId, email, address }, { locals }) => {
    await setCartAddress(cartId, email, address, locals.token)
    return ok("/checkout", "alamat_disimpan", "pengiriman")
  },
  onError: (err) => failFrom(err, "/checkout", "checkout", "alamat"),
})
