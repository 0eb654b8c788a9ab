import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { MAX_BODY_DEPTH, nestsDeeperThan } from "../../../lib/body-depth"
import { AddLineItemQuantity, CreateCartItemQuantities, UpdateLineItemQuantity } from "./validators"

/**
 * Checks the raw body against `schema` without replacing Medusa's validated
 * body (Medusa's own validator on the same route still does that).
 */
function checkBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (result.success) return next()
    const issue = result.error.issues[0]
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".")} ${issue.message}`))
  }
}

/**
 * A JSON body nested thousands of levels deep overflows the stack of the code
 * that walks it: Medusa's workflow engine JSON.stringify()s the input and
 * answers 500 "Maximum call stack size exceeded". Runs before Medusa's validators (a
 * wildcard matcher sorts ahead of the cart routes).
 */
export function refuseDeepBodies(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!nestsDeeperThan(req.body)) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `The request body is nested too deeply (more than ${MAX_BODY_DEPTH} levels)`))
}

/**
 * Medusa hands any cart to any logged-in customer who posts to
 * /store/carts/:id/customer, even one that belongs to another account. A guest's
 * cart (no customer, or a guest customer without an account) may still be taken
 * over: that is what happens when a shopper logs in.
 */
export async function refuseOtherCustomersCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`))
  const owner = cart.customer_id
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (owner && cart.customer?.has_account && owner !== actor) {
    return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart belongs to another customer"))
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/*", middlewares: [refuseDeepBodies] },
  { method: ["POST"], matcher: "/auth/*", middlewares: [refuseDeepBodies] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [checkBody(CreateCartItemQuantities)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [checkBody(AddLineItemQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [checkBody(UpdateLineItemQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/customer", middlewares: [refuseOtherCustomersCart] },
]
