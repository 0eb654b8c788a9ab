/**
 * Borong Bareng as the plugin's HTTP API returns it (JSON: dates are ISO strings).
 * Types only, no runtime code: the admin extension imports them directly and the
 * storefront through the package export `@pasar-sleman/campaigns/contract`.
 * The shapes are built in one place, `api/views/group-buy.ts`, whose builders are typed
 * with these types (a response that drifts from them fails `tsc`).
 */

export type GroupBuyStatus = "draft" | "open" | "succeeded" | "failed" | "cancelled"
export type GroupBuyParticipationStatus = "pending" | "active" | "cancelled" | "captured" | "released"

export type GroupBuyTier = { min_quantity: number; unit_price: number }

/** A deal with its progress: `GET /store/group-buys` and the admin list. */
export type GroupBuy = {
  id: string
  title: string
  description: string | null
  variant_id: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  tiers: GroupBuyTier[]
  total_quantity: number
  current_unit_price: number
  next_tier: { min_quantity: number; unit_price: number; quantity_needed: number } | null
  normal_unit_price: number
  target_quantity: number
  max_per_customer: number
  max_total: number
  remaining: number
  participant_count: number
  starts_at: string
  ends_at: string
  status: GroupBuyStatus
  final_unit_price: number | null
  closed_at: string | null
}

/** A delivery choice of `GET /store/group-buys/:id` (pickup first). */
export type GroupBuyShippingOption = { id: string; name: string; amount: number; is_pickup: boolean }

/** `GET /store/group-buys/:id`: the deal plus its delivery choices. */
export type StoreGroupBuyDetail = GroupBuy & { shipping_options: GroupBuyShippingOption[] }

/** A participation: the join / cancel responses. */
export type GroupBuyParticipation = {
  id: string
  quantity: number
  unit_price: number
  amount_authorized: number
  amount_captured: number
  amount_released: number
  final_unit_price: number | null
  order_id: string | null
  status: GroupBuyParticipationStatus
  created_at?: string
}

/** `GET /store/customers/me/group-buys`: each participation with its deal. */
export type StoreMyGroupBuyParticipation = GroupBuyParticipation & { group_buy: GroupBuy | null }

/** `GET /admin/group-buys/:id`: the deal, every participant and the outcome. */
export type AdminGroupBuyDetail = GroupBuy & {
  participations: (GroupBuyParticipation & {
    state: GroupBuyParticipationStatus
    customer: { id: string; email?: string | null; first_name?: string; last_name?: string }
  })[]
  summary: { participants: number; units: number; revenue: number; saved_vs_normal_price: number; authorized_open: number }
}

/* The response bodies, route by route. */

/** `GET /store/group-buys`: deals open for joining (or about to open), soonest deadline first. */
export type StoreGroupBuyListResponse = { group_buys: GroupBuy[] }
/** `GET /store/group-buys/:id` */
export type StoreGroupBuyResponse = { group_buy: StoreGroupBuyDetail }
/** `POST /store/group-buys/:id/join` and `POST /store/group-buys/:id/participations/:participation_id/cancel` */
export type StoreGroupBuyParticipationResponse = { participation: GroupBuyParticipation }
/** `GET /store/customers/me/group-buys` */
export type StoreMyGroupBuysResponse = { participations: StoreMyGroupBuyParticipation[] }

/** `GET /admin/group-buys`: every deal with its progress, newest first. */
export type AdminGroupBuyListResponse = { group_buys: GroupBuy[]; count: number }
/** `POST /admin/group-buys`: the new draft. */
export type AdminCreateGroupBuyResponse = { group_buy: GroupBuy }
/** `GET|POST /admin/group-buys/:id`, `POST /admin/group-buys/:id/{publish,close,cancel}` */
export type AdminGroupBuyResponse = { group_buy: AdminGroupBuyDetail }
