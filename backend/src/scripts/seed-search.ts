import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Keeps the product search index filled by the seed.
 *
 * "before" the catalogue: an index that `medusa db:migrate` just created has no
 * active version, and the Search Module drops events for it (each with an
 * error line). Building it first (from whatever products exist) activates it,
 * so the catalogue's own events are then indexed as they happen.
 *
 * "after" the catalogue: a rebuild in place, so a database whose products
 * existed before search was set up, and every re-run, end with every product
 * searchable.
 */
export async function seedSearch(container: MedusaContainer, phase: "before" | "after" = "after") {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule: any = container.resolve(Modules.SEARCH, { allowUnregistered: true } as any)
  if (!searchModule) return
  const indexes = (await searchModule.listIndexes()) as { name: string; status: string }[]
  const ready = indexes.find((i) => i.name === "product")?.status === "ready"
  if (phase === "before" && ready) return
  const started = Date.now()
  await searchModule.reindex({ index: "product", strategy: ready ? "in_place" : "swap" })
  logger.info(`[seed] Search index "product" ${phase === "before" ? "activated" : "rebuilt"} in ${Date.now() - started} ms`)
}
