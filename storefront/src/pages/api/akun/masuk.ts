import type { APIRoute } from "astro"
import { fail, failFrom, ok, readForm } from "~/lib/actions"
import { login, startCustomerSession } from "~/lib/customer.server"
import { field, safePath } from "~/lib/session"

/** Login: email, password, optional redirect. Stores the JWT in ps_token. */
export const POST: APIRoute = async ({ request, cookies, url, locals }) => {
  const form = await readForm(request)
  const email = field(form, "email").toLowerCase()
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : ""
  const redirect = safePath(field(form, "redirect"), "/akun")
  const loginPage = redirect === "/akun" ? "/akun/masuk" : `/akun/masuk?redirect=${encodeURIComponent(redirect)}`

  if (!email || !password) return fail(loginPage, "data_belum_lengkap")

  let token: string
  try {
    const result = await login(email, password)
    if (!result) return fail(loginPage, "umum")
    token = result
  } catch (err) {
    return failFrom(err, loginPage, "login")
  }
  // A guest cart started before signing in now belongs to the customer.
  await startCustomerSession(cookies, url, token, locals.cartId)
  return ok(redirect, "masuk")
}
