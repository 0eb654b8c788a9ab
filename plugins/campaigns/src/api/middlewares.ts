import { defineMiddlewares } from "@medusajs/framework/http"
import { adminGreatSaleMiddlewares } from "./admin/great-sales/middlewares"
import { storeGreatSaleMiddlewares } from "./store/great-sales/middlewares"

// One import + one spread per area (great-sales, group-buys, …): keeps parallel work mergeable.
export default defineMiddlewares({
  routes: [...adminGreatSaleMiddlewares, ...storeGreatSaleMiddlewares],
})
