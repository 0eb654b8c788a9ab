import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { catalog } from "@pasar-sleman/catalog"
import { clientAddress, pool, registerCustomer } from "@pasar-sleman/test-support"
import { backendUrl } from "../helpers"

export const DAY = 24 * 60 * 60 * 1000
export const KURIR_LOKAL = 10000

/** A seeded variant with plenty of stock (Salak Pondoh 1 kg: Rp 25.000, 120 in stock). */
export const seededVariant = catalog.flatMap((p) => p.variants.map((v) => ({ ...v, handle: p.handle }))).find((v) => v.stock >= 100)!

export type Shopper = { id: string; email: string; headers: { headers: Record<string, string> } }

export { adminHeaders } from "../helpers"

/** Registers shoppers through the store API (register → create customer → log in), 10 at a time. */
// Each shopper registers from an address of its own: the backend limits registrations per address.
let shoppersRegistered = 0

export async function registerShoppers(api: any, storeHeaders: { headers: Record<string, string> }, count: number, prefix = "warga"): Promise<Shopper[]> {
  return pool([...Array(count).keys()], 10, async (i) => {
    const shopper = await registerCustomer(backendUrl(api), {
      clientAddress: clientAddress(shoppersRegistered++),
      publishableKey: storeHeaders.headers["x-publishable-api-key"],
      email: `${prefix}${i}@contoh.id`,
      password: "rahasia-123",
      customer: { first_name: "Warga", last_name: `${i}` },
    })
    return { id: shopper.id, email: shopper.email, headers: { headers: { ...storeHeaders.headers, ...shopper.headers } } }
  })
}

export async function variantIdBySku(container: MedusaContainer, sku: string) {
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku })
  return variant.id
}

/** The order as a shopper would check it: total, line price, payment authorised/captured/cancelled, stock reserved. */
export async function orderFacts(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "metadata",
      "items.id",
      "items.unit_price",
      "items.quantity",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  const payments = order.payment_collections.flatMap((pc: any) => pc.payments)
  const captures = payments.flatMap((p: any) => p.captures ?? [])
  const reservations = await container
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })
  return {
    status: order.status as string,
    total: Number(order.total),
    unit_price: Number(order.items[0].unit_price),
    group_buy_status: order.metadata?.group_buy_status,
    authorized: payments.reduce((s: number, p: any) => s + Number(p.amount), 0),
    captures: captures.map((c: any) => Number(c.amount)),
    captured: captures.reduce((s: number, c: any) => s + Number(c.amount), 0),
    payment_canceled: payments.every((p: any) => !!p.canceled_at),
    reserved: reservations.reduce((s, r) => s + Number(r.quantity), 0),
  }
}

export function dealBody(variantId: string, price: number, overrides: Record<string, unknown> = {}) {
  const now = Date.now()
  return {
    variant_id: variantId,
    title: "Borong Bareng Salak Pondoh",
    description: "Salak pondoh langsung dari Turi",
    tiers: [
      { min_quantity: 1, unit_price: price },
      { min_quantity: 3, unit_price: price - 2000 },
      { min_quantity: 5, unit_price: price - 4000 },
    ],
    starts_at: new Date(now - 60_000).toISOString(),
    ends_at: new Date(now + 7 * DAY).toISOString(),
    target_quantity: 4,
    max_per_customer: 3,
    max_total: 20,
    ...overrides,
  }
}
