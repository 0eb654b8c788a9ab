import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCreateGroupBuyResponse, AdminGroupBuyListResponse } from "../../../contract/group-buy"
import { createGroupBuyWorkflow } from "../../../workflows/group-buy/create-group-buy"
import { dealView, dealViews } from "../../views/group-buy"
import type { AdminCreateGroupBuyType } from "./validators"

/** GET /admin/group-buys — every deal with its progress, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminGroupBuyListResponse>) {
  const group_buys = await dealViews(req.scope, {}, { created_at: "DESC" })
  res.json({ group_buys, count: group_buys.length })
}

/** POST /admin/group-buys — a new deal (draft). */
export async function POST(req: MedusaRequest<AdminCreateGroupBuyType>, res: MedusaResponse<AdminCreateGroupBuyResponse>) {
  const { result } = await createGroupBuyWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.json({ group_buy: await dealView(req.scope, { id: result.id }) })
}
