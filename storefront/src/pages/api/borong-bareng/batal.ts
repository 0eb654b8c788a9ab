import { formAction, groupBuyOutcome } from "~/lib/actions"
import { statusOf } from "~/lib/errors"
import { groupBuyCodeFromApi } from "~/features/group-buy/group-buy"
import { cancelParticipation } from "~/features/group-buy/group-buy.server"
import { field, seeOther, withParams } from "~/lib/session"

/** "Batalkan keikutsertaan" (account page): deal_id, participation_id. */
export const POST = formAction({
  input: (form, { locals }) => {
    if (!locals.token) return seeOther(withParams("/akun/masuk", { redirect: "/akun" }))
    return { dealId: field(form, "deal_id"), participationId: field(form, "participation_id"), session: locals.token }
  },
  run: async ({ dealId, participationId, session }) => {
    await cancelParticipation(dealId, participationId, session)
    return groupBuyOutcome("/akun", "dibatalkan", "borong-bareng")
  },
  onError: (err) => {
    const code = groupBuyCodeFromApi(err)
    console.error("[storefront] group-buy cancel failed →", code, statusOf(err), err instanceof Error ? err.message : err)
    return groupBuyOutcome("/akun", code === "umum" ? "batal_gagal" : code, "borong-bareng")
  },
})
