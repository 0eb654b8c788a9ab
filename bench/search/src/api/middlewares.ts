import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"

/**
 * Opens the stock provider's `product_stock` index on `POST /store/search` next
 * to the app's own `product` index (`configureStoreSearch` merges the allowed
 * indexes of every middleware on the route).
 */
export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/search",
      middlewares: [configureStoreSearch({ allowed_indexes: { product_stock: true } })],
    },
  ],
})
