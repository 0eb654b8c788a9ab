import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { register, startCustomerSession } from "~/lib/customer.server"
import { field } from "~/lib/session"

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Registration: first_name, last_name, email, password.
 * 1. auth.register → registration token (no actor yet)
 * 2. store.customer.create with that token → the customer
 * 3. auth.login → the session JWT kept in ps_token
 */
export const POST: APIRoute = async ({ request, cookies, url, locals, clientAddress }) => {
  const form = await readForm(request)
  const first_name = field(form, "first_name")
  const last_name = field(form, "last_name")
  const email = field(form, "email").toLowerCase()
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : ""
  const page = "/akun/daftar"

  if (!first_name || !email || !password) return fail(page, "data_belum_lengkap")
  if (!EMAIL_RE.test(email)) return fail(page, "data_tidak_valid")
  if (password.length < 8) return fail(page, "kata_sandi_pendek")

  let token: string
  try {
    const result = await register({ email, password, first_name, last_name }, clientAddress)
    if (!result) return fail("/akun/masuk", "umum")
    token = result
  } catch (err) {
    return failFrom(err, page, "register")
  }
  // A guest cart started before signing in now belongs to the customer.
  await startCustomerSession(cookies, url, token, locals.cartId)
  return ok("/akun", "terdaftar")
}
