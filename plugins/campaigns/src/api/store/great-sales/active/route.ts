import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreActiveGreatSalesResponse } from "../../../../contract/great-sale"
import { runningSalesWithProducts } from "../../../../workflows/great-sale/utils"
import { storeActiveGreatSale } from "../../../views/great-sale"

/**
 * GET /store/great-sales/active — the sales running now: name, description, ends_at,
 * discount range and the product ids in scope. Empty list when none runs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreActiveGreatSalesResponse>) {
  const running = await runningSalesWithProducts(req.scope)
  res.json({ great_sales: running.map(({ sale, product_ids }) => storeActiveGreatSale(sale, product_ids)) })
}
