import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { nextTierFor, tierFor } from "../../../domain/group-buy/tier-price"
import { GROUP_BUY_MODULE } from "../../../modules/group-buy"
import type GroupBuyModuleService from "../../../modules/group-buy/service"

/** Participation states whose quantity counts toward the group's total. */
const COUNTED = ["pending", "active", "captured", "released"]
/** …and those still holding part of the cap while the deal is open. */
const HOLDING = ["pending", "active"]

const service = (scope: MedusaContainer): GroupBuyModuleService => scope.resolve(GROUP_BUY_MODULE)

/**
 * The deals as shoppers (and the admin list) see them: total so far, the current
 * price, the next tier and what is left — all computed here, never in the storefront.
 */
export async function dealViews(scope: MedusaContainer, filters: Record<string, unknown>, order: Record<string, "ASC" | "DESC"> = { ends_at: "ASC" }) {
  const deals = await service(scope).listGroupBuys(filters as any, { relations: ["tiers"], order })
  if (!deals.length) return []
  const parts = await service(scope).listGroupBuyParticipations(
    { group_buy_id: deals.map((d) => d.id), state: COUNTED } as any,
    { select: ["group_buy_id", "quantity", "state", "customer_id"] }
  )
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail"],
    filters: { id: [...new Set(deals.map((d) => d.product_id))] },
  })
  return deals.map((deal) => {
    const mine = parts.filter((p: any) => p.group_buy_id === deal.id)
    const total = mine.reduce((s, p) => s + Number(p.quantity), 0)
    const holding = mine.filter((p) => HOLDING.includes(p.state)).reduce((s, p) => s + Number(p.quantity), 0)
    const tiers = (deal.tiers ?? [])
      .map((t) => ({ min_quantity: Number(t.min_quantity), unit_price: Number(t.unit_price) }))
      .sort((a, b) => a.min_quantity - b.min_quantity)
    const open = deal.status === "open" || deal.status === "draft"
    return {
      id: deal.id,
      title: deal.title,
      description: deal.description,
      variant_id: deal.variant_id,
      product: products.find((p: any) => p.id === deal.product_id) ?? null,
      tiers,
      total_quantity: total,
      current_unit_price: tierFor(tiers, total).unit_price,
      next_tier: open ? nextTierFor(tiers, total) : null,
      normal_unit_price: Number(deal.normal_unit_price),
      target_quantity: Number(deal.target_quantity),
      max_per_customer: Number(deal.max_per_customer),
      max_total: Number(deal.max_total),
      remaining: open ? Math.max(Number(deal.max_total) - holding, 0) : 0,
      participant_count: new Set(mine.map((p) => p.customer_id)).size,
      starts_at: deal.starts_at,
      ends_at: deal.ends_at,
      status: deal.status,
      final_unit_price: deal.final_unit_price == null ? null : Number(deal.final_unit_price),
      closed_at: deal.closed_at,
    }
  })
}

export async function dealView(scope: MedusaContainer, filters: Record<string, unknown>) {
  const [deal] = await dealViews(scope, filters)
  if (!deal) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Borong Bareng tidak ditemukan")
  return deal
}

/** A participation as the shopper sees it in the join response. */
export function participationView(p: any) {
  return {
    id: p.id,
    quantity: Number(p.quantity),
    unit_price: Number(p.unit_price),
    amount_authorized: Number(p.amount_authorized),
    amount_captured: Number(p.amount_captured ?? 0),
    amount_released: Number(p.amount_released ?? 0),
    final_unit_price: p.final_unit_price == null ? null : Number(p.final_unit_price),
    order_id: p.order_id ?? null,
    status: p.state,
    created_at: p.created_at,
  }
}
