import type { MiddlewareRoute } from "@medusajs/framework/http"
import { repriceCartBeforeComplete } from "./reprice-cart"

export const storeGreatSaleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [repriceCartBeforeComplete] },
]
