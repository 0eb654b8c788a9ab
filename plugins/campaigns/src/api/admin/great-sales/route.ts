import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGreatSaleListResponse, AdminGreatSaleResponse } from "../../../contract/great-sale"
import { createGreatSaleWorkflow } from "../../../workflows/great-sale"
import { greatSaleService } from "../../../workflows/great-sale/utils"
import { adminGreatSale, adminGreatSaleResponse } from "../../views/great-sale"
import type { AdminCreateGreatSaleType } from "./validators"

/** GET /admin/great-sales — every sale with its status, newest start first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGreatSaleListResponse>) {
  const sales = await greatSaleService(req.scope).listNewestFirst()
  res.json({ great_sales: sales.map((s) => adminGreatSale(s)), count: sales.length })
}

/** POST /admin/great-sales — a new draft. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateGreatSaleType>, res: MedusaResponse<AdminGreatSaleResponse>) {
  const { result } = await createGreatSaleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(200).json(await adminGreatSaleResponse(req.scope, result.id))
}
