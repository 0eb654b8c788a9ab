import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SLEMAN_CAMPAIGN_MODULE } from "../../../modules/sleman-campaign"
import type SlemanCampaignModuleService from "../../../modules/sleman-campaign/service"
import { activeGreatSales } from "../../../workflows/great-sale/catalogue"

/**
 * GET /store/campaigns — the storefront's umbrella list of campaigns running right now,
 * soonest-ending first: the campaigns entered as rows (sleman_campaign) plus every
 * running Great Sale, read from its own module (no copy row to keep in sync).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaigns: SlemanCampaignModuleService = req.scope.resolve(SLEMAN_CAMPAIGN_MODULE)
  const now = new Date()
  const rows = await campaigns.listSlemanCampaigns({ starts_at: { $lte: now }, ends_at: { $gt: now } }, { order: { ends_at: "ASC" } })
  const greatSales = (await activeGreatSales(req.scope, now)).map((s) => ({
    id: s.id,
    handle: "great-sale",
    title: s.name,
    description: s.description,
    type: "great_sale" as const,
    starts_at: s.starts_at,
    ends_at: s.ends_at,
  }))
  const all = [...rows, ...greatSales].sort((a, b) => new Date(a.ends_at).getTime() - new Date(b.ends_at).getTime())
  res.json({ campaigns: all })
}
