import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateGroupBuy, AdminUpdateGroupBuy } from "./validators"

export const adminGroupBuyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/group-buys", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGroupBuy)] },
  { matcher: "/admin/group-buys/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateGroupBuy)] },
]
