import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"
import { groupBuyService } from "./group-buy-service"

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
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini sedang ramai, silakan coba lagi sebentar", GROUP_BUY_ERRORS.BUSY)
      }
      seen = now
    }
  }
}
