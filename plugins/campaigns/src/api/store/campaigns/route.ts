import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SLEMAN_CAMPAIGN_MODULE } from "../../../modules/sleman-campaign"
import type SlemanCampaignModuleService from "../../../modules/sleman-campaign/service"

/** GET /store/campaigns — campaigns running right now, soonest-ending first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const campaigns: SlemanCampaignModuleService = req.scope.resolve(SLEMAN_CAMPAIGN_MODULE)
  const now = new Date()
  const active = await campaigns.listSlemanCampaigns(
    { starts_at: { $lte: now }, ends_at: { $gt: now } },
    { order: { ends_at: "ASC" } }
  )
  res.json({ campaigns: active })
}
