import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Marks the order in the shopper's account: waiting / succeeded / released / cancelled (metadata merged). */
export async function markOrder(container: MedusaContainer, orderId: string, values: Record<string, unknown>) {
  const orders = container.resolve(Modules.ORDER)
  const order = await orders.retrieveOrder(orderId, { select: ["id", "metadata"] })
  await orders.updateOrders(orderId, { metadata: { ...(order.metadata ?? {}), ...values } } as any)
}
