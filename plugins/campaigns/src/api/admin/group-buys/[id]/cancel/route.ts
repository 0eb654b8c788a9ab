import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGroupBuyResponse } from "../../../../../contract/group-buy"
import { cancelGroupBuyWorkflow } from "../../../../../workflows/group-buy/cancel-group-buy"
import { adminDealDetail } from "../../../../views/group-buy"

/** POST /admin/group-buys/:id/cancel — cancel the deal; every participation is released. */
export async function POST(req: MedusaRequest, res: MedusaResponse<AdminGroupBuyResponse>) {
  await cancelGroupBuyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
