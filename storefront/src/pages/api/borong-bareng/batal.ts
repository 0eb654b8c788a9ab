import type { APIRoute } from "astro"
import { readForm } from "~/lib/actions"
import { statusOf } from "~/lib/errors"
import { groupBuyCodeFrom } from "~/lib/group-buy"
import { cancelParticipation } from "~/lib/group-buy.server"
import { field, seeOther, withParams } from "~/lib/session"

/** "Batalkan keikutsertaan" (account page): deal_id, participation_id. */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  if (!locals.token) return seeOther(withParams("/akun/masuk", { redirect: "/akun" }))
  try {
    await cancelParticipation(field(form, "deal_id"), field(form, "participation_id"), locals.token)
  } catch (err) {
    const code = groupBuyCodeFrom(err instanceof Error ? err.message : "")
    console.error("[storefront] group-buy cancel failed →", code, statusOf(err), err instanceof Error ? err.message : err)
    return seeOther(withParams("/akun", { gb: code === "umum" ? "batal_gagal" : code }, "borong-bareng"))
  }
  return seeOther(withParams("/akun", { gb: "dibatalkan" }, "borong-bareng"))
}
