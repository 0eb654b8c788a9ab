import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeGroupBuyWorkflow } from "../../../../../workflows/group-buy/close-group-buy"
import { adminDealDetail } from "../detail"

/** POST /admin/group-buys/:id/close — "close now": the job's workflow, before the deadline. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await closeGroupBuyWorkflow(req.scope).run({ input: { id: req.params.id, force: true } })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
