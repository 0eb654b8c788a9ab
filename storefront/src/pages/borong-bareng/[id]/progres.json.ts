import type { APIRoute } from "astro"
import { retrieveGroupBuy } from "~/features/group-buy/group-buy.server"
import { currentTierIndex, dealStatusLabel, nudgeText, progressPercent, targetText } from "~/features/group-buy/group-buy"
import { formatRupiah } from "~/lib/money"

/** The deal's live progress for the page's polling island (same figures the page renders). */
export const GET: APIRoute = async ({ params }) => {
  const deal = await retrieveGroupBuy(params.id!)
  if (!deal) return new Response(JSON.stringify({ message: "Borong Bareng tidak ditemukan" }), { status: 404, headers: { "content-type": "application/json" } })
  const body = {
    status: deal.status,
    status_label: dealStatusLabel(deal.status),
    total_quantity: deal.total_quantity,
    price: formatRupiah(deal.final_unit_price ?? deal.current_unit_price),
    target: targetText(deal),
    nudge: nudgeText(deal),
    remaining: deal.remaining,
    progress: progressPercent(deal),
    tier_index: currentTierIndex(deal),
    ends_at: deal.ends_at,
  }
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json", "cache-control": "no-store" } })
}
