import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealView } from "../view"

/** GET /store/group-buys/:id — any published deal (drafts are not public). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const group_buy = await dealView(req.scope, { id: req.params.id, status: { $ne: "draft" } })
  res.json({ group_buy })
}
