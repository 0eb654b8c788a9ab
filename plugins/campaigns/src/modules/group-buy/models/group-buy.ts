import { model } from "@medusajs/framework/utils"
import { GroupBuyTier } from "./group-buy-tier"
import { GroupBuyParticipation } from "./group-buy-participation"

/**
 * A Borong Bareng deal on one product variant. Money is whole rupiah (IDR has no
 * decimals). `settled_at` is set once every participation has been captured or
 * released after the close — until then the close is re-run (job) until it is.
 */
export const GroupBuy = model
  .define("group_buy", {
    id: model.id({ prefix: "gbuy" }).primaryKey(),
    title: model.text(),
    description: model.text().nullable(),
    variant_id: model.text(),
    product_id: model.text(),
    currency_code: model.text().default("idr"),
    normal_unit_price: model.number(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    target_quantity: model.number(),
    max_per_customer: model.number(),
    max_total: model.number(),
    status: model.enum(["draft", "open", "succeeded", "failed", "cancelled"]).default("draft"),
    final_unit_price: model.number().nullable(),
    closed_at: model.dateTime().nullable(),
    settled_at: model.dateTime().nullable(),
    tiers: model.hasMany(() => GroupBuyTier, { mappedBy: "group_buy" }),
    participations: model.hasMany(() => GroupBuyParticipation, { mappedBy: "group_buy" }),
  })
  .cascades({ delete: ["tiers"] })
  .indexes([{ on: ["status", "ends_at"] }])
