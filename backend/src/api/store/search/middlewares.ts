import { configureStoreSearch, type MiddlewareRoute } from "@medusajs/framework/http"
import { checkStoreSearchBody } from "./validators"

/**
 * Opens Medusa's own `POST /store/search` for the product index. The route
 * itself scopes products to published ones of the publishable key's sales
 * channels (the index declares `status` and `sales_channel_ids` filterable).
 * `checkStoreSearchBody` rejects, with a 400 in words, what the route's own
 * schema lets through but the engine should never see.
 */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [
      checkStoreSearchBody,
      configureStoreSearch({
        allowed_indexes: { product: true },
      }),
    ],
  },
]
