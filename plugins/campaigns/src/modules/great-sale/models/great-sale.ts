import { model } from "@medusajs/framework/utils"

/**
 * A Great Sale Batik Sleman: a percentage off a batik scope for a time window.
 * Its prices live in a Medusa price list of type "sale" (linked, see
 * links/great-sale-price-list.ts); the status is derived (domain/great-sale/status.ts)
 * from the dates and the two actions recorded here.
 */
export const GreatSale = model.define("great_sale", {
  id: model.id({ prefix: "gsale" }).primaryKey(),
  name: model.text(),
  description: model.text().nullable(),
  discount_percent: model.number(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  /** Categories in scope (their child categories too: scope is live). */
  category_ids: model.array().default([]),
  /** Products chosen one by one. */
  product_ids: model.array().default([]),
  /** [{ product_id, discount_percent }] */
  overrides: model.json().nullable(),
  activated_at: model.dateTime().nullable(),
  cancelled_at: model.dateTime().nullable(),
  /** When the boundary job handled starts_at / ends_at (cache cleared, carts refreshed, events sent). */
  start_handled_at: model.dateTime().nullable(),
  end_handled_at: model.dateTime().nullable(),
})
