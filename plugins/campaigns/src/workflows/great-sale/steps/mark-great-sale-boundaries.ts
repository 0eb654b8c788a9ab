import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { greatSaleService } from "../utils"

type Mark = { id: string; start_handled_at?: Date; end_handled_at?: Date }

/** Records that the boundaries were handled; compensation un-records them. */
export const markGreatSaleBoundariesStep = createStep(
  "mark-great-sale-boundaries",
  async (marks: Mark[], { container }) => {
    if (!marks.length) return new StepResponse([], [])
    await greatSaleService(container).updateGreatSales(marks as any)
    return new StepResponse(marks, marks)
  },
  async (marks, { container }) => {
    if (!marks?.length) return
    await greatSaleService(container).updateGreatSales(
      marks.map((m) => ({
        id: m.id,
        ...("start_handled_at" in m ? { start_handled_at: null } : {}),
        ...("end_handled_at" in m ? { end_handled_at: null } : {}),
      })) as any
    )
  }
)
