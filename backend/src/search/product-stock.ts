import { defineSearchIndex, graphSeed } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_FIELDS } from "./product"

/**
 * Benchmark only (SEARCH_BENCH_STOCK_INDEX=true): the same product fields on
 * Medusa's stock Postgres provider, so `npm run bench` can measure its typo
 * path side by side with ours. Never declared otherwise.
 */
export default process.env.SEARCH_BENCH_STOCK_INDEX === "true"
  ? defineSearchIndex({
      name: "product_stock",
      entity: "product",
      provider: "search-postgres",
      fields: PRODUCT_SEARCH_FIELDS,
      seed: graphSeed({ fields: ["id"], transform: async () => [] }),
    })
  : undefined
