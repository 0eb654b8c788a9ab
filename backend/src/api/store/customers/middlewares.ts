import type { MiddlewareRoute } from "@medusajs/framework/http"
import { throttleRegistration } from "../../auth/middlewares"

// Creating the customer after its identity: throttled per client address like
// the identity's registration (src/lib/login-throttle.ts).
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers", middlewares: [throttleRegistration] },
]
