import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { parseRegistrationForm } from "~/features/account/customer"
import { register, startCustomerSession } from "~/features/account/customer.server"

const page = "/akun/daftar"

/**
 * Registration: first_name, last_name, email, password.
 * 1. auth.register → registration token (no actor yet)
 * 2. store.customer.create with that token → the customer
 * 3. login → the customer's Medusa session, kept in ps_session
 */
export const POST = formAction({
  input: (form) => {
    const input = parseRegistrationForm(form)
    return typeof input === "string" ? fail(page, input) : input
  },
  run: async (input, { cookies, url, locals, clientAddress }) => {
    // Forwarded: the backend limits registrations per client address.
    const session = await register(input, clientAddress)
    if (!session) return fail("/akun/masuk", "umum")
    // A guest cart started before signing in now belongs to the customer.
    await startCustomerSession(cookies, url, session, locals.cartId)
    return ok("/akun", "terdaftar")
  },
  onError: (err) => failFrom(err, page, "register"),
})
