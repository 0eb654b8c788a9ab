import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { leaveParticipationStep } from "./steps/leave-participation"
import { cancelParticipationOrderStep } from "./steps/cancel-participation-order"

/** A shopper cancels a participation before the deadline: order cancelled, authorisation released, stock freed. */
export const cancelGroupBuyParticipationWorkflow = createWorkflow(
  "cancel-group-buy-participation",
  (input: { group_buy_id: string; participation_id: string; customer_id: string }) => {
    const participation = leaveParticipationStep(input)
    cancelParticipationOrderStep({ order_id: participation.order_id } as any)
    return new WorkflowResponse(participation)
  }
)
