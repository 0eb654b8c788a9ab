import { formAction, groupBuyOutcome } from "~/lib/actions"
import { statusOf } from "~/lib/errors"
import { groupBuyCodeFromApi, parseJoinForm } from "~/features/group-buy/group-buy"
import { joinGroupBuy } from "~/features/group-buy/group-buy.server"
import { seeOther, withParams } from "~/lib/session"

const dealPage = (dealId: string) => `/borong-bareng/${encodeURIComponent(dealId)}`

/** "Ikut sekarang": deal_id, quantity, shipping_option_id (empty = pickup), address_1, city. */
export const POST = formAction({
  input: (form, { locals }) => {
    const input = parseJoinForm(form)
    if (!input.dealId) return seeOther("/borong-bareng")
    if (!locals.token) return seeOther(withParams("/akun/masuk", { redirect: dealPage(input.dealId) }))
    if (input.quantity === null) return groupBuyOutcome(dealPage(input.dealId), "jumlah")
    return { ...input, quantity: input.quantity }
  },
  run: async ({ dealId, quantity, shippingOptionId, shippingAddress }, { locals }) => {
    await joinGroupBuy(
      dealId,
      {
        quantity,
        ...(shippingOptionId ? { shipping_option_id: shippingOptionId } : {}),
        ...(shippingAddress ? { shipping_address: shippingAddress } : {}),
      },
      locals.token,
    )
    return groupBuyOutcome(dealPage(dealId), "bergabung")
  },
  onError: (err, { dealId }) => {
    if (statusOf(err) === 401) return seeOther(withParams("/akun/masuk", { redirect: dealPage(dealId) }))
    const code = groupBuyCodeFromApi(err)
    console.error("[storefront] group-buy join failed →", code, statusOf(err), err instanceof Error ? err.message : err)
    return groupBuyOutcome(dealPage(dealId), code)
  },
})
