import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGreatSalePreviewResponse } from "../../../../../contract/great-sale"
import { greatSaleService, scopeProductIds, variantSalePrices } from "../../../../../workflows/great-sale/utils"
import { adminGreatSalePreview } from "../../../../views/great-sale"

/** GET /admin/great-sales/:id/preview — per variant: product, variant, normal price, sale price, discount. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGreatSalePreviewResponse>) {
  const sale = await greatSaleService(req.scope).getSale(req.params.id)
  res.json(adminGreatSalePreview(await variantSalePrices(req.scope, sale, await scopeProductIds(req.scope, sale))))
}
