import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveGreatSale, scopeProductIds, variantSalePrices } from "../../../../../workflows/great-sale/catalogue"

/** GET /admin/great-sales/:id/preview — per variant: product, variant, normal price, sale price, discount. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sale = await retrieveGreatSale(req.scope, req.params.id)
  const rows = await variantSalePrices(req.scope, sale, await scopeProductIds(req.scope, sale))
  res.json({
    currency_code: "idr",
    variants: rows.map((r) => ({
      product_id: r.product_id,
      product_title: r.product_title,
      variant_id: r.variant_id,
      variant_title: r.variant_title,
      sku: r.sku,
      normal_price: r.normal_amount,
      sale_price: r.sale_amount,
      discount_percent: r.discount_percent,
      discount_amount: r.normal_amount - r.sale_amount,
    })),
    count: rows.length,
  })
}
