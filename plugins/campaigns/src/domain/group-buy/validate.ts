import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"

export { dealProblems, type DealInput } from "./deal-problems"
import { dealProblems, type DealInput } from "./deal-problems"

/** Throws one 400 listing every problem. */
export function assertValidDeal(deal: DealInput, ctx: { normal_price: number; stock: number; now: Date }) {
  const problems = dealProblems(deal, ctx)
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "), GROUP_BUY_ERRORS.INVALID_DEAL)
}

/**
 * A join's quantity must be a whole number of at least 1: its own shape, checked before
 * the reservation. The deal's limits (per-shopper maximum across joins, the remaining cap)
 * are decided by the reservation statement and explained by `joinRefusal`.
 */
export function assertJoinQuantity(quantity: unknown) {
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Jumlah harus bilangan bulat minimal 1", GROUP_BUY_ERRORS.INVALID_QUANTITY)
  }
}
