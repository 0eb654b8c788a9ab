import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Fills the product search index from the catalogue. Events emitted before an
 * index has an active version are dropped (and `medusa exec` delivers none to
 * the index), so the seed ends with a reindex: a fresh database, a database
 * whose products existed before search was set up, and a re-run all end with
 * every product searchable. Rebuilds in place (no new index version each start).
 */
export async function seedSearch(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule: any = container.resolve(Modules.SEARCH, { allowUnregistered: true } as any)
  if (!searchModule) return
  const started = Date.now()
  const indexes = (await searchModule.listIndexes()) as { name: string; status: string }[]
  const product = indexes.find((i) => i.name === "product")
  await searchModule.reindex({
    index: "product",
    strategy: product && product.status === "ready" ? "in_place" : "swap",
  })
  logger.info(`[seed] Search index "product" rebuilt in ${Date.now() - started} ms`)
}
