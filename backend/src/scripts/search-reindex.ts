import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Full reindex of the product search index into a new version, swapped in when
 * complete (`npm run search:reindex -w backend`, DATABASE_URL set).
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  logger.info(`[search] Reindexed ${result.indexes.join(", ")} in ${Date.now() - started} ms`)
}
