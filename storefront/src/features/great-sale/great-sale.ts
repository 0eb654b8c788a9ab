/**
 * Pure Great Sale helpers (no I/O; tested in great-sale.test.ts). Every percentage
 * and price comes from the API: the store's /store/great-sales/active gives the
 * advertised percentage per product, prices come from calculated_price /
 * original_price and the cart's compare_at_unit_price.
 */

import type { StoreActiveGreatSale as ActiveGreatSale } from "@pasar-sleman/campaigns/contract"

/** The campaigns plugin's API type (a running sale): one definition, in its contract. */
export type { ActiveGreatSale }

/** product id → advertised percentage, over every running sale. */
export function discountsByProduct(sales: ActiveGreatSale[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const sale of sales) for (const d of sale.product_discounts ?? []) map.set(d.product_id, d.discount_percent)
  return map
}

/**
 * "-20%" when the API prices this line below its original price and a running sale
 * advertises a percentage for the product; null otherwise (no badge).
 */
export function saleBadge(
  percent: number | undefined,
  amount: number | null | undefined,
  original: number | null | undefined,
): string | null {
  if (!percent || typeof amount !== "number" || typeof original !== "number" || !(original > amount)) return null
  return `-${percent}%`
}

/** "Diskon 20%" or "Diskon 20–30%" */
export function discountLabel(range: { min: number; max: number }): string {
  return range.min === range.max ? `Diskon ${range.min}%` : `Diskon ${range.min}–${range.max}%`
}

/** Time left until `end`, split for a countdown (never negative). */
export function countdown(end: string | Date, now: Date = new Date()) {
  const total = Math.max(0, Math.floor((new Date(end).getTime() - now.getTime()) / 1000))
  return {
    total,
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  }
}

/** "3 hari 04:05:06" */
export function countdownLabel(end: string | Date, now: Date = new Date()): string {
  const c = countdown(end, now)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${c.days > 0 ? `${c.days} hari ` : ""}${pad(c.hours)}:${pad(c.minutes)}:${pad(c.seconds)}`
}
