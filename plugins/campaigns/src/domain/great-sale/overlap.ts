import { MedusaError } from "@medusajs/framework/utils"
import { GREAT_SALE_ERRORS } from "../../contract/errors"

export type SaleWindow = {
  id?: string
  name?: string
  starts_at: Date | string
  ends_at: Date | string
  product_ids: string[]
}

export type Overlap = { sale_id: string; sale_name: string; product_ids: string[] }

/** Half-open windows [start, end) overlap when each starts before the other ends. */
export function windowsOverlap(a: SaleWindow, b: SaleWindow): boolean {
  return (
    new Date(a.starts_at).getTime() < new Date(b.ends_at).getTime() &&
    new Date(b.starts_at).getTime() < new Date(a.ends_at).getTime()
  )
}

/**
 * Other live sales that share time AND at least one product with the candidate
 * (Medusa resolves overlapping price lists by creation order, not the cheapest, so
 * they are refused). The candidate itself (same id) is skipped, for edits.
 */
export function findOverlaps(candidate: SaleWindow, liveSales: SaleWindow[]): Overlap[] {
  const mine = new Set(candidate.product_ids)
  const overlaps: Overlap[] = []
  for (const other of liveSales) {
    if (candidate.id && other.id === candidate.id) continue
    if (!windowsOverlap(candidate, other)) continue
    const shared = other.product_ids.filter((id) => mine.has(id))
    if (shared.length) overlaps.push({ sale_id: other.id!, sale_name: other.name ?? other.id!, product_ids: shared })
  }
  return overlaps
}

/** 400 naming each overlapping sale and the shared products. */
export function assertNoOverlap(
  candidate: SaleWindow,
  liveSales: SaleWindow[],
  productLabel: (id: string) => string = (id) => id
): void {
  const overlaps = findOverlaps(candidate, liveSales)
  if (!overlaps.length) return
  const detail = overlaps
    .map((o) => `"${o.sale_name}" (${o.sale_id}) pada produk ${o.product_ids.map(productLabel).join(", ")}`)
    .join("; ")
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Bertabrakan waktunya dengan Great Sale lain: ${detail}`,
    GREAT_SALE_ERRORS.OVERLAP
  )
}
