import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGroupBuyResponse } from "../../../../../contract/group-buy"
import { publishGroupBuyWorkflow } from "../../../../../workflows/group-buy/publish-group-buy"
import { adminDealDetail } from "../../../../views/group-buy"

/** POST /admin/group-buys/:id/publish — draft → open (joinable from starts_at). */
export async function POST(req: MedusaRequest, res: MedusaResponse<AdminGroupBuyResponse>) {
  await publishGroupBuyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
