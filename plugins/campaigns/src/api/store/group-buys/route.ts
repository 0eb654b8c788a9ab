import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreGroupBuyListResponse } from "../../../contract/group-buy"
import { dealViews } from "../../views/group-buy"

/** GET /store/group-buys — deals open for joining (or about to open), soonest deadline first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreGroupBuyListResponse>) {
  const group_buys = await dealViews(req.scope, { status: "open", ends_at: { $gt: new Date() } })
  res.json({ group_buys })
}
