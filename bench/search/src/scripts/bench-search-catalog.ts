import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { syntheticProducts } from "./bench-search-data"

/**
 * `npm run bench` (search section) only, in the bench's own database: writes
 * BENCH_SEARCH_PRODUCTS synthetic Indonesian-like product documents into the
 * product index (our provider) and, when SEARCH_BENCH_STOCK_INDEX=true, into
 * `product_stock` (Medusa's stock provider), and prints the build times as JSON.
 */
export default async function benchSearchCatalog({ container }: ExecArgs) {
  const n = Number(process.env.BENCH_SEARCH_PRODUCTS || 10000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  const channel = channels.find((c: any) => c.name === "Pasar Sleman Online") ?? channels[0]
  const search: any = container.resolve(Modules.SEARCH)
  const out: Record<string, number> = {}
  const indexes = ["product", ...(process.env.SEARCH_BENCH_STOCK_INDEX === "true" ? ["product_stock"] : [])]
  const states = (await search.listIndexes()) as { name: string; status: string }[]
  for (const index of indexes) {
    // An index without an active version drops writes: activate it (empty seed) first.
    if (states.find((i) => i.name === index)?.status !== "ready") await search.reindex({ index })
    const started = Date.now()
    let batch: any[] = []
    for (const doc of syntheticProducts(n, channel.id)) {
      batch.push(doc)
      if (batch.length === 500) {
        await search.upsertDocuments({ index, documents: batch })
        batch = []
      }
    }
    if (batch.length) await search.upsertDocuments({ index, documents: batch })
    out[index] = Date.now() - started
  }
  console.log(`BENCH_SEARCH_BUILD ${JSON.stringify({ products: n, build_ms: out })}`)
}
