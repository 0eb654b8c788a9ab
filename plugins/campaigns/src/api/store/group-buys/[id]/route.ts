import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreGroupBuyResponse } from "../../../../contract/group-buy"
import { storeDealDetail } from "../../../views/group-buy"

/**
 * GET /store/group-buys/:id — any published deal (drafts are not public), plus the
 * delivery choices a participant has (pickup by default, or a courier with an address).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreGroupBuyResponse>) {
  res.json({ group_buy: await storeDealDetail(req.scope, req.params.id) })
}
