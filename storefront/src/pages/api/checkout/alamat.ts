import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { setCartAddress } from "~/lib/cart.server"
import { field } from "~/lib/session"

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Checkout steps 1+2: email and shipping address (billing = shipping). */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  const cartId = locals.cartId
  if (!cartId) return fail("/keranjang", "keranjang_tidak_ditemukan")

  const email = field(form, "email").toLowerCase()
  const address = {
    first_name: field(form, "first_name"),
    last_name: field(form, "last_name"),
    address_1: field(form, "address_1"),
    city: field(form, "city") || "Sleman",
    province: field(form, "province") || "DI Yogyakarta",
    postal_code: field(form, "postal_code"),
    phone: field(form, "phone"),
    // The store ships within Indonesia only.
    country_code: "id",
  }

  if (!email || !address.first_name || !address.address_1 || !address.postal_code || !address.phone) {
    return fail("/checkout", "data_belum_lengkap", "alamat")
  }
  if (!EMAIL_RE.test(email) || !/^\d{5}$/.test(address.postal_code) || !/^[+\d][\d\s-]{6,}$/.test(address.phone)) {
    return fail("/checkout", "data_tidak_valid", "alamat")
  }

  try {
    await setCartAddress(cartId, email, address, locals.token)
  } catch (err) {
    return failFrom(err, "/checkout", "checkout", "alamat")
  }
  return ok("/checkout", "alamat_disimpan", "pengiriman")
}
