import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GreatSaleRecord } from "../../../modules/great-sale"
import { greatSaleService } from "../utils"

export type UpdateGreatSaleStepInput = { id: string } & Partial<Omit<GreatSaleRecord, "id">>

const FIELDS = [
  "name",
  "description",
  "discount_percent",
  "starts_at",
  "ends_at",
  "category_ids",
  "product_ids",
  "overrides",
  "activated_at",
  "cancelled_at",
  "start_handled_at",
  "end_handled_at",
] as const

/** Writes the given fields; compensation puts the previous values back. */
export const updateGreatSaleStep = createStep(
  "update-great-sale",
  async (input: UpdateGreatSaleStepInput, { container }) => {
    const service = greatSaleService(container)
    const [before] = await service.listGreatSales({ id: input.id })
    const previous: Record<string, unknown> = { id: input.id }
    for (const f of FIELDS) if (f in input) previous[f] = (before as any)[f]
    const updated = await service.updateGreatSales(input as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await greatSaleService(container).updateGreatSales(previous as any)
  }
)
