/** Pure cart helpers (no I/O). */
import type { HttpTypes } from "@medusajs/types"

export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
}

/**
 * A quantity typed into a form: whole numbers written in plain digits only
 * (no `0x10`, `1e1`, `1.5`, `+2`, spaces inside), from `min` to `max`.
 * Anything else → null.
 */
export function parseQuantity(raw: string, { min = 1, max = 999 }: { min?: number; max?: number } = {}): number | null {
  const value = raw.trim()
  if (!/^\d{1,6}$/.test(value)) return null
  const n = Number.parseInt(value, 10)
  return n >= min && n <= max ? n : null
}
