import type { APIRoute } from "astro"
import { ok } from "~/lib/actions"
import { clearCartId, clearToken } from "~/lib/session"

/** Logout: forget the JWT and the (customer's) cart on this device. */
export const POST: APIRoute = async ({ cookies }) => {
  clearToken(cookies)
  clearCartId(cookies)
  return ok("/", "keluar")
}
