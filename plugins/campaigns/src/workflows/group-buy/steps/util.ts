import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_MODULE } from "../../../modules/group-buy"
import type GroupBuyModuleService from "../../../modules/group-buy/service"

export const groupBuyService = (container: MedusaContainer): GroupBuyModuleService => container.resolve(GROUP_BUY_MODULE)

/**
 * Joins, closes and leaves of one deal run one at a time (Medusa's Locking Module; Redis
 * with REDIS_URL). The wait for the lock runs in rounds of `roundSeconds`: a waiter keeps
 * waiting while the deal's participations keep changing (others get the lock and do their
 * work — a queue, not a hang); it gives up — "sedang ramai", a 400 — only after a whole
 * round without progress (a stuck holder), i.e. after two rounds at the least.
 */
export async function withDealLock<T>(container: MedusaContainer, dealId: string, job: () => Promise<T>, roundSeconds = 60): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  let started = false
  let seen: string | null = null // read only when a round times out: no extra query on the way in
  for (;;) {
    try {
      return await locking.execute(
        `group-buy:${dealId}`,
        () => {
          started = true
          return job()
        },
        { timeout: roundSeconds }
      )
    } catch (e) {
      if (started) throw e
      const now = await groupBuyService(container).dealActivity(dealId)
      if (now === seen) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini sedang ramai, silakan coba lagi sebentar")
      }
      seen = now
    }
  }
}

/** States in which a participation's quantity counts toward the deal's caps. */
export const HOLDING_STATES = ["pending", "active"] as const

export async function loadDeal(container: MedusaContainer, id: string) {
  const [deal] = await groupBuyService(container).listGroupBuys({ id }, { relations: ["tiers"] })
  if (!deal) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Borong Bareng ${id} tidak ditemukan`)
  return deal
}

export function tiersOf(deal: { tiers?: { min_quantity: number; unit_price: number }[] | null }) {
  return (deal.tiers ?? [])
    .map((t) => ({ min_quantity: Number(t.min_quantity), unit_price: Number(t.unit_price) }))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

/** Marks the order in the shopper's account: waiting / succeeded / released / cancelled (metadata merged). */
export async function markOrder(container: MedusaContainer, orderId: string, values: Record<string, unknown>) {
  const orders = container.resolve(Modules.ORDER)
  const order = await orders.retrieveOrder(orderId, { select: ["id", "metadata"] })
  await orders.updateOrders(orderId, { metadata: { ...(order.metadata ?? {}), ...values } } as any)
}
