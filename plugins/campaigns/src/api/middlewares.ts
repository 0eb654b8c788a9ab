import { defineMiddlewares } from "@medusajs/framework/http"
import { adminGreatSaleMiddlewares } from "./admin/great-sales/middlewares"
import { storeGreatSaleMiddlewares } from "./store/great-sales/middlewares"
import { adminGroupBuyMiddlewares } from "./admin/group-buys/middlewares"
import { storeGroupBuyMiddlewares } from "./store/group-buys/middlewares"

// One import and one spread per area (admin and store); see docs/architecture.md.
export default defineMiddlewares({
  routes: [
    ...adminGreatSaleMiddlewares,
    ...storeGreatSaleMiddlewares,
    ...adminGroupBuyMiddlewares,
    ...storeGroupBuyMiddlewares,
  ],
})
