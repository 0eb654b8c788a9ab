import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { groupBuyService } from "../utils/group-buy-service"
import { withDealLock } from "../utils/deal-lock"

export const GROUP_BUY_NOTIFICATION_CHANNEL = "email"

/**
 * Tells every settled participant the outcome through Medusa's Notification Module
 * (the local provider logs it in development). One notification per participation:
 * the idempotency key makes reruns and concurrent closes send it once.
 * Under the deal's lock, so two closes at once do not race on the same key.
 * The last step of the close; a sent message cannot be unsent, so no compensation.
 */
export const notifyGroupBuyOutcomeStep = createStep("notify-group-buy-outcome", async (input: { id: string }, { container }) =>
  withDealLock(container, input.id, () => notify(container, input.id), 600)
)

async function notify(container: any, id: string) {
  const input = { id }
  const deal = await groupBuyService(container).retrieveDeal(input.id)
  const settled = await groupBuyService(container).listGroupBuyParticipations({
    group_buy_id: deal.id,
    state: ["captured", "released"],
  } as any)
  const notifications = settled
    .filter((p) => p.email)
    .map((p) => ({
      to: p.email!,
      channel: GROUP_BUY_NOTIFICATION_CHANNEL,
      template: p.state === "captured" ? "group-buy-succeeded" : "group-buy-released",
      idempotency_key: `group-buy-outcome:${p.id}`,
      resource_id: p.order_id ?? undefined,
      resource_type: "order",
      receiver_id: p.customer_id,
      data: {
        group_buy_id: deal.id,
        title: deal.title,
        status: deal.status,
        quantity: p.quantity,
        final_unit_price: p.final_unit_price,
        amount_captured: p.amount_captured,
        amount_released: p.amount_released,
        order_id: p.order_id,
        message:
          p.state === "captured"
            ? `Borong Bareng "${deal.title}" berhasil! Harga akhir Rp ${p.final_unit_price} per unit; ditagih Rp ${p.amount_captured}.`
            : `Borong Bareng "${deal.title}" ${deal.status === "cancelled" ? "dibatalkan" : "tidak mencapai target"}. Pesanan dibatalkan, otorisasi Rp ${p.amount_released} dilepas.`,
      },
    }))
  if (notifications.length) await container.resolve(Modules.NOTIFICATION).createNotifications(notifications as any)
  return new StepResponse({ notified: notifications.length })
}
