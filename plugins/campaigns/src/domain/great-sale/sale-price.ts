import { MedusaError } from "@medusajs/framework/utils"
import { GREAT_SALE_ERRORS } from "../../contract/errors"
import { percentProblem } from "./bounds"

export { MAX_DISCOUNT_PERCENT, MIN_DISCOUNT_PERCENT } from "./bounds"

/**
 * A discount percentage must be a whole number from 10 to 30 (a JSON number, not a
 * string). Throws INVALID_DATA (400) naming the field otherwise.
 */
export function assertDiscountPercent(value: unknown, label = "discount_percent"): number {
  const problem = percentProblem(value, label)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem, GREAT_SALE_ERRORS.INVALID_SALE)
  return value as number
}

/**
 * Sale price = normal × (1 − p/100), rounded DOWN to a multiple of Rp 100 so the
 * shopper's discount is never less than advertised. Integer arithmetic on the
 * rupiah amount (no float drift: 149.999 × 85 / 100 = 127.499,15 → 127.400).
 */
export function salePrice(normalAmount: number, discountPercent: number): number {
  assertDiscountPercent(discountPercent)
  if (!Number.isFinite(normalAmount) || normalAmount < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Harga normal tidak sah: ${normalAmount}`,
      GREAT_SALE_ERRORS.INVALID_PRICE
    )
  }
  const rupiah = Math.floor(normalAmount)
  return Math.floor((rupiah * (100 - discountPercent)) / 10_000) * 100
}

/** The percentage that applies to a product: its override, else the sale's. */
export function percentFor(
  productId: string,
  sale: { discount_percent: number; overrides?: { product_id: string; discount_percent: number }[] | null }
): number {
  return sale.overrides?.find((o) => o.product_id === productId)?.discount_percent ?? sale.discount_percent
}

/** Smallest and largest percentage a sale advertises (for "Diskon 20–30%"). */
export function discountRange(sale: {
  discount_percent: number
  overrides?: { discount_percent: number }[] | null
}): { min: number; max: number } {
  const all = [sale.discount_percent, ...(sale.overrides ?? []).map((o) => o.discount_percent)]
  return { min: Math.min(...all), max: Math.max(...all) }
}
