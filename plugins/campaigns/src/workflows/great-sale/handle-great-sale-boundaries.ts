import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GREAT_SALE_EVENTS } from "../../contract/events"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findDueGreatSaleBoundariesStep } from "./steps/find-due-great-sale-boundaries"
import { invalidateGreatSaleCacheStep } from "./steps/invalidate-great-sale-cache"
import { markGreatSaleBoundariesStep } from "./steps/mark-great-sale-boundaries"
import { refreshGreatSaleCartsStep } from "./steps/refresh-great-sale-carts"

/**
 * Nothing in Medusa fires when a price list's starts_at/ends_at passes. Run every few
 * seconds by jobs/great-sale-boundaries.ts: for each sale whose start or end has just
 * passed, drop the cached product reads, reprice the open carts holding its products,
 * record it handled and announce great_sale.started / great_sale.ended.
 */
export const handleGreatSaleBoundariesWorkflow = createWorkflow("handle-great-sale-boundaries", () => {
  const due = findDueGreatSaleBoundariesStep()
  invalidateGreatSaleCacheStep({ product_ids: due.product_ids })
  refreshGreatSaleCartsStep({ product_ids: due.product_ids })
  markGreatSaleBoundariesStep(due.marks)
  emitEventStep({ eventName: GREAT_SALE_EVENTS.STARTED, data: due.started }).config({ name: "emit-great-sale-started" })
  emitEventStep({ eventName: GREAT_SALE_EVENTS.ENDED, data: due.ended }).config({ name: "emit-great-sale-ended" })
  return new WorkflowResponse(transform({ due }, ({ due }) => ({ started: due.started.map((b) => b.id), ended: due.ended.map((b) => b.id) })))
})
