import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { StoreGroupBuyParticipationResponse } from "../../../../../contract/group-buy"
import { joinGroupBuyWorkflow } from "../../../../../workflows/group-buy/join-group-buy"
import { participationView } from "../../../../views/group-buy"
import type { StoreJoinGroupBuyType } from "../../validators"

/** POST /store/group-buys/:id/join — a logged-in customer joins with a quantity. */
export async function POST(req: AuthenticatedMedusaRequest<StoreJoinGroupBuyType>, res: MedusaResponse<StoreGroupBuyParticipationResponse>) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const { result } = await joinGroupBuyWorkflow(req.scope).run({
    input: {
      group_buy_id: req.params.id,
      customer_id: customerId,
      email: customer.email,
      quantity: req.validatedBody.quantity,
      shipping_option_id: req.validatedBody.shipping_option_id,
      shipping_address: req.validatedBody.shipping_address,
      sales_channel_id: (req as any).publishable_key_context?.sales_channel_ids?.[0],
    },
  })
  res.json({ participation: participationView(result) })
}
