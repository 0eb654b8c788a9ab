import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activateGreatSaleWorkflow } from "../../../../../workflows/great-sale"
import { greatSaleResponse } from "../../serialize"

/** POST /admin/great-sales/:id/activate */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await activateGreatSaleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(await greatSaleResponse(req.scope, req.params.id))
}
