import path from "node:path"
import { defineSearchIndex, graphSeed } from "@medusajs/framework/utils"

/**
 * The store's product fields read from the app this plugin runs in (the medusa
 * CLI runs with the app's folder as its working directory and loads its
 * TypeScript): the bench compares both providers on the very same index
 * definition, and the app does not know about this plugin.
 */
const { PRODUCT_SEARCH_FIELDS } = require(path.join(process.cwd(), "src/search/product"))

/**
 * Benchmark only: the same product fields on Medusa's stock Postgres provider,
 * so `npm run bench` can measure its typo path side by side with ours. Loaded
 * only when the bench registers this plugin (SEARCH_BENCH_STOCK_INDEX=true).
 */
export default defineSearchIndex({
  name: "product_stock",
  entity: "product",
  provider: "search-postgres",
  fields: PRODUCT_SEARCH_FIELDS,
  seed: graphSeed({ fields: ["id"], transform: async () => [] }),
})
