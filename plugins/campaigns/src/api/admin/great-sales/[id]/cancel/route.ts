import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelGreatSaleWorkflow } from "../../../../../workflows/great-sale"
import { greatSaleResponse } from "../../serialize"

/** POST /admin/great-sales/:id/cancel */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await cancelGreatSaleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(await greatSaleResponse(req.scope, req.params.id))
}
