import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { greatSaleService } from "./utils"
import { syncGreatSalePricesWorkflow } from "./sync-great-sale-prices"

// Coalescing: a batch import emits one event per product; while a sale's sync runs,
// further requests for it collapse into one more run afterwards (it reads the whole
// scope, so one run catches every change made meanwhile).
const inflight = new Map<string, Promise<void>>()
const again = new Set<string>()

async function syncOne(container: MedusaContainer, id: string, reason: string) {
  const running = inflight.get(id)
  if (running) {
    again.add(id)
    return running
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = (async () => {
    do {
      again.delete(id)
      try {
        const { result } = await syncGreatSalePricesWorkflow(container).run({ input: { id } })
        if (result.changed) {
          logger.info(`[great-sale] ${id}: prices synced after ${reason} (+${result.create.length} ~${result.update.length} -${result.delete.length})`)
        }
      } catch (e: any) {
        logger.warn(`[great-sale] ${id}: sync after ${reason} failed: ${e?.message}`)
      }
    } while (again.has(id))
  })().finally(() => inflight.delete(id))
  inflight.set(id, run)
  return run
}

/**
 * Runs the live-scope sync for every scheduled/active sale; one failing does not stop
 * the others. A loop of `.run()` rather than one workflow composing them: the sales
 * are known only at run time, each sale's sync is its own workflow (compensated on
 * its own, so one failing does not undo another), and runs are coalesced per sale.
 */
export async function syncLiveGreatSales(container: MedusaContainer, reason: string) {
  for (const id of await greatSaleService(container).liveSaleIds()) await syncOne(container, id, reason)
}
