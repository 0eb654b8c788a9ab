import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreMyGroupBuysResponse } from "../../../../../contract/group-buy"
import { myParticipationViews } from "../../../../views/group-buy"

/** GET /store/customers/me/group-buys — my participations, newest first, with their deal, state and final price. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreMyGroupBuysResponse>) {
  res.json({ participations: await myParticipationViews(req.scope, req.auth_context.actor_id) })
}
