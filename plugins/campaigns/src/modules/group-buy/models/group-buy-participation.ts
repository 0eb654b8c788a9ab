import { model } from "@medusajs/framework/utils"
import { GroupBuy } from "./group-buy"

/**
 * One join of a shopper. State:
 * - `pending`   quantity reserved against the caps, order being placed;
 * - `active`    order placed, payment authorised (`amount_authorized`), waiting for the group;
 * - `cancelled` the shopper left before the deadline (order cancelled, authorisation released);
 * - `captured`  deal succeeded: `amount_captured` charged, the rest released, order edited;
 * - `released`  deal failed or was cancelled: order cancelled, authorisation released.
 * The close moves each participation from `active` to `captured`/`released` exactly once.
 */
export const GroupBuyParticipation = model
  .define("group_buy_participation", {
    id: model.id({ prefix: "gbpart" }).primaryKey(),
    customer_id: model.text(),
    email: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.number(),
    amount_authorized: model.number().default(0),
    amount_captured: model.number().default(0),
    amount_released: model.number().default(0),
    final_unit_price: model.number().nullable(),
    state: model.enum(["pending", "active", "cancelled", "captured", "released"]).default("pending"),
    order_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    settled_at: model.dateTime().nullable(),
    group_buy: model.belongsTo(() => GroupBuy, { mappedBy: "participations" }),
  })
  .indexes([{ on: ["customer_id"] }, { on: ["state"] }])
