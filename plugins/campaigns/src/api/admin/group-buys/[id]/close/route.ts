import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGroupBuyResponse } from "../../../../../contract/group-buy"
import { closeGroupBuyWorkflow } from "../../../../../workflows/group-buy/close-group-buy"
import { adminDealDetail } from "../../../../views/group-buy"

/** POST /admin/group-buys/:id/close — "close now": the job's workflow, before the deadline. */
export async function POST(req: MedusaRequest, res: MedusaResponse<AdminGroupBuyResponse>) {
  await closeGroupBuyWorkflow(req.scope).run({ input: { id: req.params.id, force: true } })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
