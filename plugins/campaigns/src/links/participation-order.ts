import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import GroupBuyModule from "../modules/group-buy"

/** Each participation is paid through one Medusa order (read-only link on `order_id`). */
export default defineLink(
  { linkable: GroupBuyModule.linkable.groupBuyParticipation, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
