import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreJoinGroupBuy } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeGroupBuyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/group-buys/:id/join", method: ["POST"], middlewares: [customer, validateAndTransformBody(StoreJoinGroupBuy)] },
  { matcher: "/store/group-buys/:id/participations/:participation_id/cancel", method: ["POST"], middlewares: [customer] },
  { matcher: "/store/customers/me/group-buys", method: ["GET"], middlewares: [customer] },
]
