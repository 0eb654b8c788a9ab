import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { markOrder } from "../utils/mark-order"

/**
 * Cancels a participation's order before any capture: Medusa cancels the authorised
 * payment and frees the stock reservation. The last step of its workflow, so it has
 * nothing after it to fail; a cancelled order cannot be un-cancelled.
 */
export const cancelParticipationOrderStep = createStep("cancel-group-buy-participation-order", async (input: { order_id: string }, { container }) => {
  await cancelOrderWorkflow(container).run({ input: { order_id: input.order_id } })
  await markOrder(container, input.order_id, { group_buy_status: "cancelled" })
  return new StepResponse({ order_id: input.order_id })
})
