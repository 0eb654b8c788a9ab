import { MedusaError } from "@medusajs/framework/utils"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export { dealProblems, type DealInput } from "./deal-problems"
import { dealProblems, type DealInput } from "./deal-problems"

/** Throws one 400 listing every problem. */
export function assertValidDeal(deal: DealInput, ctx: { normal_price: number; stock: number; now: Date }) {
  const problems = dealProblems(deal, ctx)
  if (problems.length) throw invalid(problems.join("; "))
}

/** A join's quantity against the per-shopper maximum (across all their joins) and the remaining cap. */
export function assertJoinQuantity(
  quantity: unknown,
  ctx: { max_per_customer: number; already_joined: number; remaining: number }
) {
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) {
    throw invalid("Jumlah harus bilangan bulat minimal 1")
  }
  if (ctx.already_joined + quantity > ctx.max_per_customer) {
    const left = Math.max(ctx.max_per_customer - ctx.already_joined, 0)
    throw invalid(`Melebihi batas per pembeli (${ctx.max_per_customer} unit; sisa untuk Anda ${left})`)
  }
  if (quantity > ctx.remaining) {
    throw invalid(`Kuota tidak cukup: sisa ${ctx.remaining} unit`)
  }
}
