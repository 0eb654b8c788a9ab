import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { greatSaleService, scopeProductIds } from "../utils"

export type Boundary = { id: string; product_ids: string[] }

/**
 * Activated, uncancelled sales whose starts_at or ends_at has passed and was not yet
 * handled. Read only; the workflow marks them handled afterwards, so a crash or a
 * second process re-runs the handling rather than skipping it.
 */
export const findDueGreatSaleBoundariesStep = createStep(
  "find-due-great-sale-boundaries",
  async (_: unknown, { container }) => {
    const now = new Date()
    const due = await greatSaleService(container).listDueBoundaries(now)
    const started: Boundary[] = []
    const ended: Boundary[] = []
    const marks: { id: string; start_handled_at?: Date; end_handled_at?: Date }[] = []
    for (const sale of due) {
      const product_ids = await scopeProductIds(container, sale)
      const mark: (typeof marks)[number] = { id: sale.id }
      if (!sale.start_handled_at && new Date(sale.starts_at) <= now) {
        started.push({ id: sale.id, product_ids })
        mark.start_handled_at = now
      }
      if (!sale.end_handled_at && new Date(sale.ends_at) <= now) {
        ended.push({ id: sale.id, product_ids })
        mark.end_handled_at = now
      }
      marks.push(mark)
    }
    const product_ids = [...new Set([...started, ...ended].flatMap((b) => b.product_ids))]
    return new StepResponse({ started, ended, marks, product_ids })
  }
)
