import { fail, failFrom, formAction, ok } from "~/lib/actions"
import { parseLoginForm } from "~/features/account/customer"
import { login, startCustomerSession } from "~/features/account/customer.server"
import { retryAfterSeconds } from "~/lib/errors"
import { withParams } from "~/lib/session"

/** Login: email, password, optional redirect. Keeps the customer's session in ps_session. */
export const POST = formAction({
  input: (form) => {
    const input = parseLoginForm(form)
    return !input.email || !input.password ? fail(input.loginPage, "data_belum_lengkap") : input
  },
  run: async ({ email, password, redirect, loginPage }, { cookies, url, locals, clientAddress }) => {
    const session = await login(email, password, clientAddress)
    if (!session) return fail(loginPage, "umum")
    // A guest cart started before signing in now belongs to the customer.
    await startCustomerSession(cookies, url, session, locals.cartId)
    return ok(redirect, "masuk")
  },
  onError: (err, { loginPage }) => {
    // Throttled by the backend: the login page says how long to wait.
    const wait = retryAfterSeconds(err)
    return failFrom(err, wait ? withParams(loginPage, { tunggu: String(wait) }) : loginPage, "login")
  },
})
