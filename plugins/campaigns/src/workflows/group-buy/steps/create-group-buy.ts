import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertValidDeal } from "../../../domain/group-buy/validate"
import { groupBuyService } from "../utils/group-buy-service"

export type GroupBuyInput = {
  variant_id: string
  title: string
  description?: string | null
  tiers: { min_quantity: number; unit_price: number }[]
  starts_at: string | Date
  ends_at: string | Date
  target_quantity: number
  max_per_customer: number
  max_total: number
}

/** Validates the deal against the variant's price and stock, then creates it as a draft. */
export const createGroupBuyStep = createStep(
  "create-group-buy",
  async (input: { deal: GroupBuyInput; facts: { product_id: string; normal_price: number; stock: number } }, { container }) => {
    const { deal, facts } = input
    assertValidDeal(deal, { normal_price: facts.normal_price, stock: facts.stock, now: new Date() })
    const created = await groupBuyService(container).createGroupBuys({
      ...deal,
      description: deal.description ?? null,
      starts_at: new Date(deal.starts_at),
      ends_at: new Date(deal.ends_at),
      product_id: facts.product_id,
      normal_unit_price: facts.normal_price,
      status: "draft",
      tiers: deal.tiers.map((t) => ({ min_quantity: t.min_quantity, unit_price: t.unit_price })),
    } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await groupBuyService(container).deleteGroupBuys(id)
  }
)
