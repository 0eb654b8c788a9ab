import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPaymentSessionsWorkflow,
  refreshCartItemsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
} from "@medusajs/medusa/core-flows"

async function paymentOf(container: MedusaContainer, cart_id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "payment_collection.id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.provider_id"],
    filters: { id: cart_id },
  })
  const cart = data[0] as any
  return { customer_id: cart?.customer_id as string | null, collection: cart?.payment_collection as any }
}

/**
 * Reprices one cart at the prices in force now (Medusa does not reprice open carts
 * when a price list starts or ends). Custom-priced lines keep their price. When the
 * total changes Medusa drops the payment sessions: the same provider's session is
 * opened again for the new amount, as the shopper's checkout had it.
 */
export async function repriceCart(container: MedusaContainer, cart_id: string) {
  // Between dropping the payment sessions and re-opening one the cart cannot be completed:
  // a completion arriving meanwhile waits for this (see api/store/great-sales/reprice-cart.ts).
  const previous = repricing.get(cart_id) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(() => repriceNow(container, cart_id))
  repricing.set(cart_id, run)
  try {
    await run
  } finally {
    if (repricing.get(cart_id) === run) repricing.delete(cart_id)
  }
}

const repricing = new Map<string, Promise<void>>()

/** Resolves when no repricing of this cart is under way in this process. */
export async function repricingDone(cart_id: string) {
  await repricing.get(cart_id)?.catch(() => undefined)
}

async function repriceNow(container: MedusaContainer, cart_id: string) {
  const before = await paymentOf(container, cart_id)
  await refreshCartItemsWorkflow(container).run({ input: { cart_id, force_refresh: true } })
  await refreshPaymentCollectionForCartWorkflow(container).run({ input: { cart_id } })
  const providers = [...new Set<string>((before.collection?.payment_sessions ?? []).map((s: any) => s.provider_id))]
  if (!providers.length) return
  const after = await paymentOf(container, cart_id)
  if (after.collection?.payment_sessions?.length) return
  for (const provider_id of providers) {
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: after.collection.id, provider_id, customer_id: before.customer_id ?? undefined },
    })
  }
}

/**
 * Open carts holding any of the products get repriced. Repricing sets a cart to the
 * truth of the moment, so there is nothing to undo: no compensation. One cart failing
 * (e.g. locked by a concurrent checkout) is logged and does not stop the others.
 */
export const refreshGreatSaleCartsStep = createStep(
  "refresh-great-sale-carts",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    if (!product_ids.length) return new StepResponse([] as string[])
    const cartModule = container.resolve(Modules.CART)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const items = await cartModule.listLineItems({ product_id: product_ids }, { select: ["id", "cart_id"], take: null })
    const cartIds = [...new Set(items.map((i) => i.cart_id))]
    if (!cartIds.length) return new StepResponse([] as string[])
    const open = await cartModule.listCarts({ id: cartIds, completed_at: null } as any, { select: ["id"], take: null })
    const refreshed: string[] = []
    for (const cart of open) {
      try {
        await repriceCart(container, cart.id)
        refreshed.push(cart.id)
      } catch (e: any) {
        logger.warn(`[great-sale] cart ${cart.id} not repriced: ${e?.message}`)
      }
    }
    return new StepResponse(refreshed)
  }
)
