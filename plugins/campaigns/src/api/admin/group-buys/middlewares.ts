import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { AdminCreateGroupBuy, AdminUpdateGroupBuy } from "./validators"

export const adminGroupBuyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/group-buys", method: ["POST"], middlewares: [validateBody(AdminCreateGroupBuy)] },
  { matcher: "/admin/group-buys/:id", method: ["POST"], middlewares: [validateBody(AdminUpdateGroupBuy)] },
]
