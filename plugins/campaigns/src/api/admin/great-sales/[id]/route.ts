import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { editGreatSaleWorkflow } from "../../../../workflows/great-sale"
import { greatSaleResponse } from "../serialize"
import type { AdminEditGreatSaleType } from "../validators"

/** GET /admin/great-sales/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await greatSaleResponse(req.scope, req.params.id))
}

/** POST /admin/great-sales/:id — edit (a scheduled/active sale's price list is replaced). */
export async function POST(req: AuthenticatedMedusaRequest<AdminEditGreatSaleType>, res: MedusaResponse) {
  await editGreatSaleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json(await greatSaleResponse(req.scope, req.params.id))
}
