import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { StoreJoinGroupBuy } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeGroupBuyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/group-buys/:id/join", method: ["POST"], middlewares: [customer, validateBody(StoreJoinGroupBuy)] },
  { matcher: "/store/group-buys/:id/participations/:participation_id/cancel", method: ["POST"], middlewares: [customer] },
  { matcher: "/store/customers/me/group-buys", method: ["GET"], middlewares: [customer] },
]
