import { defineMiddlewares } from "@medusajs/framework/http"
import { authMiddlewares } from "./auth/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"

// One array per area (src/api/<area>/middlewares.ts), spread here.
export default defineMiddlewares({
  routes: [...authMiddlewares, ...storeCartMiddlewares, ...storeCustomerMiddlewares, ...storeOrderMiddlewares, ...storeSearchMiddlewares],
})
