import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GROUP_BUY_MODULE } from "../../../../../modules/group-buy"
import type GroupBuyModuleService from "../../../../../modules/group-buy/service"
import { dealViews, participationView } from "../../../group-buys/view"

/** GET /store/customers/me/group-buys — my participations, newest first, with their deal, state and final price. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: GroupBuyModuleService = req.scope.resolve(GROUP_BUY_MODULE)
  const mine = await service.listGroupBuyParticipations(
    { customer_id: req.auth_context.actor_id, state: { $ne: "pending" } } as any,
    { order: { created_at: "DESC" } }
  )
  const deals = await dealViews(req.scope, { id: [...new Set(mine.map((p: any) => p.group_buy_id))] })
  res.json({
    participations: mine.map((p: any) => ({ ...participationView(p), group_buy: deals.find((d) => d.id === p.group_buy_id) ?? null })),
  })
}
