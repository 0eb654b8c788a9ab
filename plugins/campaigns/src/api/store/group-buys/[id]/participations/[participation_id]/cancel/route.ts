import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreGroupBuyParticipationResponse } from "../../../../../../../contract/group-buy"
import { cancelGroupBuyParticipationWorkflow } from "../../../../../../../workflows/group-buy/leave-group-buy"
import { participationView } from "../../../../../../views/group-buy"

/** POST /store/group-buys/:id/participations/:participation_id/cancel — leave before the deadline. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreGroupBuyParticipationResponse>) {
  const { result } = await cancelGroupBuyParticipationWorkflow(req.scope).run({
    input: {
      group_buy_id: req.params.id,
      participation_id: req.params.participation_id,
      customer_id: req.auth_context.actor_id,
    },
  })
  res.json({ participation: participationView(result) })
}
