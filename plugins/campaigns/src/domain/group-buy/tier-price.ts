import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"

/** One quantity tier: from `min_quantity` units in total (the whole group), each unit costs `unit_price`. */
export type Tier = { min_quantity: number; unit_price: number }

export type NextTier = { min_quantity: number; unit_price: number; quantity_needed: number }

/** A deal's tiers as numbers, cheapest-last (by `min_quantity`): what the rules and the API use. */
export function tiersOf(deal: { tiers?: { min_quantity: number; unit_price: number }[] | null }): Tier[] {
  return (deal.tiers ?? [])
    .map((t) => ({ min_quantity: Number(t.min_quantity), unit_price: Number(t.unit_price) }))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

function sorted(tiers: Tier[]): Tier[] {
  if (!tiers.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Borong Bareng ini belum punya tingkat harga", GROUP_BUY_ERRORS.INVALID_DEAL)
  }
  return [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)
}

/**
 * The tier that applies when the group has bought `total` units: the one with the
 * highest `min_quantity` not above the total. Below the first tier (a total of 0)
 * the first tier applies — that is the price the first shopper is quoted.
 */
export function tierFor(tiers: Tier[], total: number): Tier {
  const ladder = sorted(tiers)
  let current = ladder[0]
  for (const tier of ladder) {
    if (tier.min_quantity <= total) current = tier
  }
  return current
}

/** The next cheaper tier the group has not reached yet, and how many units it still needs. */
export function nextTierFor(tiers: Tier[], total: number): NextTier | null {
  const next = sorted(tiers).find((t) => t.min_quantity > Math.max(total, 0) && t.min_quantity > 1)
  if (!next) return null
  return { min_quantity: next.min_quantity, unit_price: next.unit_price, quantity_needed: next.min_quantity - total }
}

/**
 * What one participation is charged at the close: the final unit price, but never more
 * per unit than the price the shopper joined at (and had authorised) — the group's total
 * can shrink after a join when others cancel.
 * `amountAuthorized` covers the items plus shipping; shipping is charged unchanged.
 */
export function chargeFor(p: { quantity: number; unit_price: number; amount_authorized: number }, finalUnitPrice: number) {
  const unitPrice = Math.min(finalUnitPrice, p.unit_price)
  const amount = p.amount_authorized - (p.unit_price - unitPrice) * p.quantity
  return { unit_price: unitPrice, amount, released: p.amount_authorized - amount }
}
