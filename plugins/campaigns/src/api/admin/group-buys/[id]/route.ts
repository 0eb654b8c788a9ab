import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateGroupBuyWorkflow } from "../../../../workflows/group-buy/update-group-buy"
import { GROUP_BUY_MODULE } from "../../../../modules/group-buy"
import type GroupBuyModuleService from "../../../../modules/group-buy/service"
import type { AdminUpdateGroupBuyType } from "../validators"
import { adminDealDetail } from "./detail"

/** GET /admin/group-buys/:id — with participations and the outcome summary. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}

/** POST /admin/group-buys/:id — edit while draft. */
export async function POST(req: MedusaRequest<AdminUpdateGroupBuyType>, res: MedusaResponse) {
  const current = await (req.scope.resolve(GROUP_BUY_MODULE) as GroupBuyModuleService).retrieveGroupBuy(req.params.id)
  await updateGroupBuyWorkflow(req.scope).run({
    input: { id: req.params.id, variant_id: req.validatedBody.variant_id ?? current.variant_id, changes: req.validatedBody as any },
  })
  res.json({ group_buy: await adminDealDetail(req.scope, req.params.id) })
}
