import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGreatSaleResponse } from "../../../../contract/great-sale"
import { editGreatSaleWorkflow } from "../../../../workflows/great-sale"
import { adminGreatSaleResponse } from "../../../views/great-sale"
import type { AdminEditGreatSaleType } from "../validators"

/** GET /admin/great-sales/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGreatSaleResponse>) {
  res.json(await adminGreatSaleResponse(req.scope, req.params.id))
}

/** POST /admin/great-sales/:id — edit (a scheduled/active sale's price list is replaced). */
export async function POST(req: AuthenticatedMedusaRequest<AdminEditGreatSaleType>, res: MedusaResponse<AdminGreatSaleResponse>) {
  await editGreatSaleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json(await adminGreatSaleResponse(req.scope, req.params.id))
}
