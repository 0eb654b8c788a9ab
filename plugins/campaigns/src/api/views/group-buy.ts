import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_ERRORS } from "../../contract/errors"
import type {
  AdminGroupBuyDetail,
  GroupBuy,
  GroupBuyParticipation,
  GroupBuyStatus,
  StoreGroupBuyDetail,
  StoreMyGroupBuyParticipation,
} from "../../contract/group-buy"
import { nextTierFor, tierFor, tiersOf } from "../../domain/group-buy/tier-price"
import { groupBuyService } from "../../workflows/group-buy/utils/group-buy-service"
import { dealProducts } from "../../workflows/group-buy/utils/deal-products"
import { participantCustomers } from "../../workflows/group-buy/utils/participant-customers"
import { dealShippingOptions } from "../../workflows/group-buy/utils/deal-shipping-options"

/*
 * Borong Bareng as the HTTP API returns it: the one place the store and admin routes
 * build their responses, each typed with its contract type (`contract/group-buy.ts`), so
 * a response that drifts from the published contract fails `tsc`. Everything shown is
 * computed here (total, current price, next tier, what is left), never in a client.
 */

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null | undefined) => (d == null ? null : iso(d))

/** The deals as shoppers (and the admin list) see them, `order` by default soonest deadline first. */
export async function dealViews(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  order: Record<string, "ASC" | "DESC"> = { ends_at: "ASC" }
): Promise<GroupBuy[]> {
  const progress = await groupBuyService(scope).listDealsWithProgress(filters, order)
  if (!progress.length) return []
  const products = await dealProducts(scope, progress.map(({ deal }) => deal.product_id))
  return progress.map(({ deal, total, holding, participants }) => {
    const tiers = tiersOf(deal)
    const open = deal.status === "open" || deal.status === "draft"
    return {
      id: deal.id,
      title: deal.title,
      description: deal.description,
      variant_id: deal.variant_id,
      product: products.find((p) => p.id === deal.product_id) ?? null,
      tiers,
      total_quantity: total,
      current_unit_price: tierFor(tiers, total).unit_price,
      next_tier: open ? nextTierFor(tiers, total) : null,
      normal_unit_price: Number(deal.normal_unit_price),
      target_quantity: Number(deal.target_quantity),
      max_per_customer: Number(deal.max_per_customer),
      max_total: Number(deal.max_total),
      remaining: open ? Math.max(Number(deal.max_total) - holding, 0) : 0,
      participant_count: participants,
      starts_at: iso(deal.starts_at),
      ends_at: iso(deal.ends_at),
      status: deal.status as GroupBuyStatus,
      final_unit_price: deal.final_unit_price == null ? null : Number(deal.final_unit_price),
      closed_at: isoOrNull(deal.closed_at),
    }
  })
}

/** One deal with its progress; 404 when no deal matches. */
export async function dealView(scope: MedusaContainer, filters: Record<string, unknown>): Promise<GroupBuy> {
  const [deal] = await dealViews(scope, filters)
  if (!deal) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Borong Bareng tidak ditemukan", GROUP_BUY_ERRORS.NOT_FOUND)
  return deal
}

/** A participation as the shopper sees it (join, cancel, my deals). */
export function participationView(p: any): GroupBuyParticipation {
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
    created_at: p.created_at == null ? p.created_at : iso(p.created_at),
  }
}

/** `GET /store/group-buys/:id`: a published deal (drafts are not public) and the delivery choices. */
export async function storeDealDetail(scope: MedusaContainer, id: string): Promise<StoreGroupBuyDetail> {
  const group_buy = await dealView(scope, { id, status: { $ne: "draft" } })
  return { ...group_buy, shipping_options: await dealShippingOptions(scope) }
}

/** `GET /store/customers/me/group-buys`: a shopper's placed participations, newest first, each with its deal. */
export async function myParticipationViews(scope: MedusaContainer, customerId: string): Promise<StoreMyGroupBuyParticipation[]> {
  const mine = await groupBuyService(scope).listGroupBuyParticipations(
    { customer_id: customerId, state: { $ne: "pending" } } as any,
    { order: { created_at: "DESC" } }
  )
  const deals = await dealViews(scope, { id: [...new Set(mine.map((p: any) => p.group_buy_id))] })
  return mine.map((p: any) => ({ ...participationView(p), group_buy: deals.find((d) => d.id === p.group_buy_id) ?? null }))
}

/** A deal for the campaign manager: progress, participants and the outcome summary. */
export async function adminDealDetail(scope: MedusaContainer, id: string): Promise<AdminGroupBuyDetail> {
  const deal = await dealView(scope, { id })
  const parts = await groupBuyService(scope).listGroupBuyParticipations({ group_buy_id: id } as any, { order: { created_at: "ASC" } })
  const customers = await participantCustomers(scope, parts.map((p) => p.customer_id))
  const participations: AdminGroupBuyDetail["participations"] = parts.map((p) => ({
    ...participationView(p),
    state: p.state,
    customer: customers.find((c) => c.id === p.customer_id) ?? { id: p.customer_id, email: p.email },
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
