import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeGreatSales } from "../../../../workflows/great-sale/catalogue"

/**
 * GET /store/great-sales/active — the sales running now: name, description, ends_at,
 * discount range and the product ids in scope. Empty list when none runs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ great_sales: await activeGreatSales(req.scope) })
}
