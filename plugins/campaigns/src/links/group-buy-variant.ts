import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GroupBuyModule from "../modules/group-buy"

/** A deal sells one product variant (read-only link on `group_buy.variant_id`). */
export default defineLink(
  { linkable: GroupBuyModule.linkable.groupBuy, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
