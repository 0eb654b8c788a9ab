import type { APIRoute } from "astro"
import { ok, readForm } from "~/lib/actions"
import { logout } from "~/lib/customer.server"
import { clearCartId, clearSession } from "~/lib/session"

/** Logout: end the session at the backend, then forget it and the (customer's) cart here. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  await readForm(request)
  await logout(locals.token)
  clearSession(cookies)
  clearCartId(cookies)
  return ok("/", "keluar")
}
