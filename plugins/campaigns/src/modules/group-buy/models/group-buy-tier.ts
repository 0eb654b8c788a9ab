import { model } from "@medusajs/framework/utils"
import { GroupBuy } from "./group-buy"

/** From `min_quantity` units bought by the whole group, each unit costs `unit_price`. */
export const GroupBuyTier = model.define("group_buy_tier", {
  id: model.id({ prefix: "gbtier" }).primaryKey(),
  min_quantity: model.number(),
  unit_price: model.number(),
  group_buy: model.belongsTo(() => GroupBuy, { mappedBy: "tiers" }),
})
