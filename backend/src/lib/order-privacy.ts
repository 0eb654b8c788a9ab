/**
 * Who may read an order's personal details (pure; see
 * src/api/store/orders/middlewares.ts for where it is applied).
 */

/** The header the storefront sends with the id of the cart an order was placed from. */
export const ORDER_PROOF_HEADER = "x-order-cart-id"

/** How long after placing it the placing browser may read a guest order: ORDER_PROOF_SECONDS, 1 hour by default. */
export function orderProofSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.ORDER_PROOF_SECONDS
  if (raw === undefined || raw === "") return 60 * 60
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`ORDER_PROOF_SECONDS must be a whole number ≥ 1, got "${raw}"`)
  return n
}

export type OrderOwner = { customerId?: string | null; cartId?: string | null; createdAt: Date }
export type OrderVisitor = { customerId?: string | null; cartId?: string | null }

/** The order's own customer, or (for `proofSeconds` after it was placed) whoever holds its cart id. */
export function mayReadOrder(order: OrderOwner, visitor: OrderVisitor, now: Date, proofSeconds: number): boolean {
  if (order.customerId && visitor.customerId && order.customerId === visitor.customerId) return true
  if (!order.cartId || !visitor.cartId || order.cartId !== visitor.cartId) return false
  const age = now.getTime() - order.createdAt.getTime()
  return age >= 0 && age <= proofSeconds * 1000
}

/** What anyone else sees of an order: its number and status. */
export const PUBLIC_ORDER_FIELDS = ["id", "display_id", "status", "payment_status", "fulfillment_status", "created_at"] as const

export function publicOrderView(order: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {}
  for (const f of PUBLIC_ORDER_FIELDS) if (f in order) view[f] = order[f]
  return view
}
