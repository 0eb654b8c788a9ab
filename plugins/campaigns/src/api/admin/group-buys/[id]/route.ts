import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGroupBuyResponse } from "../../../../contract/group-buy"
import { updateGroupBuyWorkflow } from "../../../../workflows/group-buy/update-group-buy"
import { groupBuyService } from "../../../../workflows/group-buy/utils/group-buy-service"
import { adminDealDetail } from "../../../views/group-buy"
import type { AdminUpdateGroupBuyType } from "../validators"

/** GET /admin/group-buys/:id — with participations and the outcome summary. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminGroupBuyResponse>) {
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}

/** POST /admin/group-buys/:id — edit while draft. */
export async function POST(req: MedusaRequest<AdminUpdateGroupBuyType>, res: MedusaResponse<AdminGroupBuyResponse>) {
  const current = await groupBuyService(req.scope).retrieveDealRow(req.params.id)
  await updateGroupBuyWorkflow(req.scope).run({
    input: { id: req.params.id, variant_id: req.validatedBody.variant_id ?? current.variant_id, changes: req.validatedBody as any },
  })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
