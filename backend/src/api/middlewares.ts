import { defineMiddlewares } from "@medusajs/framework/http"
import { storeSearchMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [...storeSearchMiddlewares],
})
