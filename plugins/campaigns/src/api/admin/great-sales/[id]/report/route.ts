import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGreatSaleReportResponse } from "../../../../../contract/great-sale"
import { greatSaleService, saleOrderFigures } from "../../../../../workflows/great-sale/utils"
import { adminGreatSaleReport } from "../../../../views/great-sale"

/**
 * GET /admin/great-sales/:id/report — orders placed in the sale's window with lines of
 * its products charged below their normal price (compare_at_unit_price): orders, units
 * sold, revenue of those lines, total discount given.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGreatSaleReportResponse>) {
  const sale = await greatSaleService(req.scope).getSale(req.params.id)
  res.json({ report: adminGreatSaleReport(sale, await saleOrderFigures(req.scope, sale)) })
}
