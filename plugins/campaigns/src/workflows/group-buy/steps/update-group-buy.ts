import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { assertValidDeal } from "../../../domain/group-buy/validate"
import { groupBuyService } from "../utils/group-buy-service"
import { tiersOf } from "../../../domain/group-buy/tier-price"
import type { GroupBuyInput } from "./create-group-buy"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"

const FIELDS = ["title", "description", "variant_id", "starts_at", "ends_at", "target_quantity", "max_per_customer", "max_total"] as const

/** Edits a draft deal (tiers replaced as a whole); the previous version is restored on compensation. */
export const updateGroupBuyStep = createStep(
  "update-group-buy",
  async (
    input: { id: string; changes: Partial<GroupBuyInput>; facts: { product_id: string; normal_price: number; stock: number } },
    { container }
  ) => {
    const service = groupBuyService(container)
    const before = await groupBuyService(container).retrieveDeal(input.id)
    if (before.status !== "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Hanya Borong Bareng berstatus draft yang bisa diubah", GROUP_BUY_ERRORS.NOT_EDITABLE)
    }
    const merged = { ...before, tiers: tiersOf(before), ...input.changes } as GroupBuyInput
    assertValidDeal(merged, { normal_price: input.facts.normal_price, stock: input.facts.stock, now: new Date() })
    await apply(service, input.id, merged, input.facts)
    const previous = {
      ...Object.fromEntries(FIELDS.map((k) => [k, (before as any)[k]])),
      tiers: tiersOf(before),
    } as GroupBuyInput
    return new StepResponse(await groupBuyService(container).retrieveDeal(input.id), {
      id: input.id,
      previous,
      facts: { product_id: before.product_id, normal_price: Number(before.normal_unit_price), stock: Infinity },
    })
  },
  async (data, { container }) => {
    if (data) await apply(groupBuyService(container), data.id, data.previous, data.facts)
  }
)

async function apply(service: ReturnType<typeof groupBuyService>, id: string, deal: GroupBuyInput, facts: { product_id: string; normal_price: number }) {
  const values = Object.fromEntries(FIELDS.filter((k) => deal[k] !== undefined).map((k) => [k, deal[k]]))
  await service.updateGroupBuys({
    id,
    ...values,
    ...(values.starts_at ? { starts_at: new Date(values.starts_at as string) } : {}),
    ...(values.ends_at ? { ends_at: new Date(values.ends_at as string) } : {}),
    product_id: facts.product_id,
    normal_unit_price: facts.normal_price,
  } as any)
  const existing = await service.listGroupBuyTiers({ group_buy_id: id } as any)
  await service.deleteGroupBuyTiers(existing.map((t) => t.id))
  await service.createGroupBuyTiers(deal.tiers.map((t) => ({ ...t, group_buy_id: id })) as any)
}
