import { defineMiddlewares } from "@medusajs/framework/http"
import { authMiddlewares } from "./auth/middlewares"

// One array per area (src/api/<area>/middlewares.ts), spread here.
export default defineMiddlewares({
  routes: [...authMiddlewares],
})
