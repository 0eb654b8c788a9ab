import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mayReadOrder, ORDER_PROOF_HEADER, orderProofSeconds, publicOrderView } from "../../../lib/order-privacy"

/**
 * Order privacy. Medusa's GET /store/orders/:id answers anyone who has the
 * order id (ids travel in URLs, browser history, screenshots) with the
 * shopper's name, email, phone and address. Here it answers in full only
 *  - the signed-in customer the order belongs to, and
 *  - for an hour after the order was placed, the browser that placed it: the
 *    storefront sends the id of the cart the order was completed from in
 *    X-Order-Cart-Id (possessing a cart id already lets one read that cart's
 *    email and address, so it proves nothing more than Medusa already trusts);
 * anyone else gets only the order's number and status. The same applies to
 * the order in POST /store/orders/:id/transfer/request (any signed-in
 * customer may ask for a transfer; the order's email confirms it).
 */
export async function guardOrderPrivacy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "created_at", "cart.id"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { id: string; customer_id?: string | null; created_at: Date | string; cart?: { id: string } | null } | undefined
  // Unknown ids: Medusa's route answers its usual 404.
  if (!order) return next()
  const proof = req.get(ORDER_PROOF_HEADER)
  const visitor = { customerId: (req as AuthenticatedMedusaRequest).auth_context?.actor_id, cartId: proof || undefined }
  if (mayReadOrder({ customerId: order.customer_id, cartId: order.cart?.id, createdAt: new Date(order.created_at) }, visitor, new Date(), orderProofSeconds())) {
    return next()
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    const b = body as { order?: Record<string, unknown> } | undefined
    return json(b && b.order ? { ...b, order: publicOrderView(b.order) } : body)
  }) as typeof res.json
  next()
}

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [optionalCustomer, guardOrderPrivacy] },
  { method: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [guardOrderPrivacy] },
]
