import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealViews } from "./view"

/** GET /store/group-buys — deals open for joining (or about to open), soonest deadline first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const group_buys = await dealViews(req.scope, { status: "open", ends_at: { $gt: new Date() } })
  res.json({ group_buys })
}
