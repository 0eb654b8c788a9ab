import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createGreatSaleWorkflow } from "../../../workflows/great-sale"
import { greatSaleService, type GreatSaleRecord } from "../../../workflows/great-sale/catalogue"
import { greatSaleResponse, serializeGreatSale } from "./serialize"
import type { AdminCreateGreatSaleType } from "./validators"

/** GET /admin/great-sales — every sale with its status, newest start first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sales = (await greatSaleService(req.scope).listGreatSales({}, { order: { starts_at: "DESC" }, take: null })) as unknown as GreatSaleRecord[]
  res.json({ great_sales: sales.map((s) => serializeGreatSale(s)), count: sales.length })
}

/** POST /admin/great-sales — a new draft. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateGreatSaleType>, res: MedusaResponse) {
  const { result } = await createGreatSaleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(200).json(await greatSaleResponse(req.scope, result.id))
}
