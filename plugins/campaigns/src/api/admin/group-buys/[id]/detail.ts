import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_MODULE } from "../../../../modules/group-buy"
import type GroupBuyModuleService from "../../../../modules/group-buy/service"
import { dealView, participationView } from "../../../store/group-buys/view"

/** A deal for the campaign manager: progress, participants and the outcome summary. */
export async function adminDealDetail(scope: MedusaContainer, id: string) {
  const deal = await dealView(scope, { id })
  const service: GroupBuyModuleService = scope.resolve(GROUP_BUY_MODULE)
  const parts = await service.listGroupBuyParticipations({ group_buy_id: id } as any, { order: { created_at: "ASC" } })
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = parts.length
    ? await query.graph({
        entity: "customer",
        fields: ["id", "email", "first_name", "last_name"],
        filters: { id: [...new Set(parts.map((p) => p.customer_id))] },
      })
    : { data: [] as any[] }
  const participations = parts.map((p) => ({
    ...participationView(p),
    state: p.state,
    customer: customers.find((c: any) => c.id === p.customer_id) ?? { id: p.customer_id, email: p.email },
  }))
  const charged = participations.filter((p) => p.status === "captured")
  const units = charged.reduce((s, p) => s + p.quantity, 0)
  const revenue = charged.reduce((s, p) => s + p.amount_captured, 0)
  const saved = charged.reduce((s, p) => s + (deal.normal_unit_price - (p.final_unit_price ?? p.unit_price)) * p.quantity, 0)
  return {
    ...deal,
    participations,
    summary: {
      participants: new Set(charged.map((p) => p.customer.id)).size,
      units,
      revenue,
      saved_vs_normal_price: saved,
      authorized_open: participations.filter((p) => p.status === "active").reduce((s, p) => s + p.amount_authorized, 0),
    },
  }
}
