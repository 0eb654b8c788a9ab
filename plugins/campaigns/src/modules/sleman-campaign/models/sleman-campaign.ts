import { model } from "@medusajs/framework/utils"

/**
 * A campaign of the regency shown to shoppers (Great Sale Batik, Borong Bareng
 * rounds). Named "sleman_campaign" because Medusa's promotion module already owns
 * the "campaign" entity. The rules of each campaign type get their own models in
 * later work; this row is what the storefront lists as "running now".
 */
export const SlemanCampaign = model.define("sleman_campaign", {
  id: model.id({ prefix: "scamp" }).primaryKey(),
  handle: model.text().unique(),
  title: model.text(),
  description: model.text().nullable(),
  type: model.enum(["great_sale", "borong_bareng"]),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
})
