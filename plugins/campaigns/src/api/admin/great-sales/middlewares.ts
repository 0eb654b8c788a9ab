import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateGreatSale, AdminEditGreatSale } from "./validators"

export const adminGreatSaleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/great-sales", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGreatSale)] },
  { matcher: "/admin/great-sales/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminEditGreatSale)] },
]
