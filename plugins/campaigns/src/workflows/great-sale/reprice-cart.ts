import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPaymentSessionsWorkflow,
  refreshCartItemsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"

const CART_PAYMENT_FIELDS = [
  "id",
  "customer_id",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
]

/**
 * Reprices one cart at the prices in force now (Medusa does not reprice open carts
 * when a price list starts or ends). Custom-priced lines keep their price. When the
 * total changes Medusa drops the payment sessions: the same provider's session is
 * opened again for the new amount, as the shopper's checkout had it.
 *
 * Medusa's own workflows run as steps, so a failure half-way compensates the earlier
 * ones. Run as steps they skip their own cart locks: this workflow holds the cart's
 * lock around the whole chain instead (the same timeout and ttl they use).
 */
export const repriceGreatSaleCartWorkflow = createWorkflow("reprice-great-sale-cart", (input: { cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const before = useQueryGraphStep({ entity: "cart", fields: CART_PAYMENT_FIELDS, filters: { id: input.cart_id } }).config({
    name: "cart-payment-before",
  })
  refreshCartItemsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, force_refresh: true })) })
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
  const after = useQueryGraphStep({ entity: "cart", fields: CART_PAYMENT_FIELDS, filters: { id: input.cart_id } }).config({
    name: "cart-payment-after",
  })
  const session = transform({ before, after }, ({ before, after }) => {
    const was = (before.data[0] as any) ?? null
    const now = (after.data[0] as any) ?? null
    const providers = [...new Set<string>((was?.payment_collection?.payment_sessions ?? []).map((s: any) => s.provider_id))]
    if (!providers.length || !now?.payment_collection || now.payment_collection.payment_sessions?.length) return null
    // A new session replaces the collection's others (createPaymentSessionsWorkflow deletes
    // them), so of several providers the last one's session is what a checkout ends with.
    return {
      payment_collection_id: now.payment_collection.id as string,
      provider_id: providers[providers.length - 1],
      customer_id: (was.customer_id as string | null) ?? undefined,
    }
  })
  when("sessions-dropped", { session }, ({ session }) => !!session).then(() => {
    createPaymentSessionsWorkflow.runAsStep({ input: transform({ session }, ({ session }) => session!) })
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(transform({ session }, ({ session }) => ({ session_reopened: !!session })))
})

// Between dropping the payment sessions and re-opening one the cart cannot be completed:
// a completion arriving meanwhile waits for this (see api/store/great-sales/reprice-cart.ts).
const repricing = new Map<string, Promise<void>>()

/** Runs the repricing workflow for a cart, one at a time per cart in this process. */
export async function repriceCart(container: MedusaContainer, cart_id: string) {
  const previous = repricing.get(cart_id) ?? Promise.resolve()
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      await repriceGreatSaleCartWorkflow(container).run({ input: { cart_id } })
    })
  repricing.set(cart_id, run)
  try {
    await run
  } finally {
    if (repricing.get(cart_id) === run) repricing.delete(cart_id)
  }
}

/** Resolves when no repricing of this cart is under way in this process. */
export async function repricingDone(cart_id: string) {
  await repricing.get(cart_id)?.catch(() => undefined)
}
