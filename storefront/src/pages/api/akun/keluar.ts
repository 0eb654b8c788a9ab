import { formAction, ok } from "~/lib/actions"
import { logout } from "~/features/account/customer.server"
import { clearCartId, clearSession } from "~/lib/session"

/** Logout: end the session at the backend, then forget it and the (customer's) cart here. */
export const POST = formAction({
  input: () => ({}),
  run: async (_input, { cookies, locals }) => {
    await logout(locals.token)
    clearSession(cookies)
    clearCartId(cookies)
    return ok("/", "keluar")
  },
})
