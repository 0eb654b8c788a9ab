import type { APIRoute } from "astro"
import { readForm } from "~/lib/actions"
import { parseQuantity } from "~/lib/cart"
import { statusOf } from "~/lib/errors"
import { groupBuyCodeFrom } from "~/lib/group-buy"
import { joinGroupBuy } from "~/lib/group-buy.server"
import { field, seeOther, withParams } from "~/lib/session"

/** "Ikut sekarang": deal_id, quantity, shipping_option_id (empty = pickup), address_1, city. */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request)
  const dealId = field(form, "deal_id")
  const back = `/borong-bareng/${encodeURIComponent(dealId)}`
  if (!dealId) return seeOther("/borong-bareng")
  if (!locals.token) return seeOther(withParams("/akun/masuk", { redirect: back }))
  const quantity = parseQuantity(field(form, "quantity") || "")
  if (quantity === null) return seeOther(withParams(back, { gb: "jumlah" }))
  const shippingOptionId = field(form, "shipping_option_id") || undefined
  const address1 = field(form, "address_1")
  try {
    await joinGroupBuy(
      dealId,
      {
        quantity,
        ...(shippingOptionId ? { shipping_option_id: shippingOptionId } : {}),
        ...(shippingOptionId && address1 ? { shipping_address: { address_1: address1, city: field(form, "city") || undefined } } : {}),
      },
      locals.token,
    )
  } catch (err) {
    if (statusOf(err) === 401) return seeOther(withParams("/akun/masuk", { redirect: back }))
    const code = groupBuyCodeFrom(err instanceof Error ? err.message : "")
    console.error("[storefront] group-buy join failed →", code, statusOf(err), err instanceof Error ? err.message : err)
    return seeOther(withParams(back, { gb: code }))
  }
  return seeOther(withParams(back, { gb: "bergabung" }))
}
