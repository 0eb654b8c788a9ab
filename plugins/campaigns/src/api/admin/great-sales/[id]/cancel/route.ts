import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGreatSaleResponse } from "../../../../../contract/great-sale"
import { cancelGreatSaleWorkflow } from "../../../../../workflows/great-sale"
import { adminGreatSaleResponse } from "../../../../views/great-sale"

/** POST /admin/great-sales/:id/cancel */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGreatSaleResponse>) {
  await cancelGreatSaleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(await adminGreatSaleResponse(req.scope, req.params.id))
}
