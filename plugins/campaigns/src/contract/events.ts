/**
 * Events the campaigns plugin emits on Medusa's event bus: part of its published
 * contract (the backend's search index subscribes to them).
 */

/** Great Sale events; payload `{ id: string, product_ids: string[] }`. */
export const GREAT_SALE_EVENTS = {
  STARTED: "great_sale.started",
  ENDED: "great_sale.ended",
  PRICES_CHANGED: "great_sale.prices_changed",
} as const

export type GreatSaleEventName = (typeof GREAT_SALE_EVENTS)[keyof typeof GREAT_SALE_EVENTS]
export type GreatSaleEventData = { id: string; product_ids: string[] }
