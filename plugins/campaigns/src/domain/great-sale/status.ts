import type { GreatSaleStatus } from "../../contract/great-sale"

export type { GreatSaleStatus }

export type GreatSaleLifecycle = {
  starts_at: Date | string
  ends_at: Date | string
  activated_at?: Date | string | null
  cancelled_at?: Date | string | null
}

/**
 * Status from dates and actions: cancelled wins, a sale never activated stays a
 * draft, then scheduled → active (from starts_at) → ended (from ends_at).
 */
export function greatSaleStatus(sale: GreatSaleLifecycle, now: Date = new Date()): GreatSaleStatus {
  if (sale.cancelled_at) return "cancelled"
  if (!sale.activated_at) return "draft"
  const t = now.getTime()
  if (t >= new Date(sale.ends_at).getTime()) return "ended"
  if (t >= new Date(sale.starts_at).getTime()) return "active"
  return "scheduled"
}

/** Sales whose price list is (or will be) in force: they block overlaps. */
export function isLive(status: GreatSaleStatus): boolean {
  return status === "scheduled" || status === "active"
}
