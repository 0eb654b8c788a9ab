/**
 * Which products an event touches, so the product index re-reads exactly those.
 * Products change through their own events; prices, stock and the great sale
 * through events on other entities, followed back to their products here.
 */

import { GREAT_SALE_EVENTS } from "@pasar-sleman/campaigns/contract"

type Query = { graph: (input: any) => Promise<{ data: any[] }> }
type EventLike = { name: string; data?: any }

/** Events of the great sale (the plugin's contract): payload `{ id, product_ids }`. */
export const GREAT_SALE_EVENT_NAMES: string[] = Object.values(GREAT_SALE_EVENTS)

export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
export const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
export const STOCK_EVENTS = [
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "inventory-item.updated",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
]
export const PRICE_EVENTS = ["pricing.price.created", "pricing.price.updated", "pricing.price.deleted"]
export const PRICE_LIST_EVENTS = ["pricing.price-list.created", "pricing.price-list.updated", "pricing.price-list.deleted"]

export const PRODUCT_INDEX_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...STOCK_EVENTS,
  ...PRICE_EVENTS,
  ...PRICE_LIST_EVENTS,
  ...GREAT_SALE_EVENT_NAMES,
]

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String)

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]

async function productsOfVariants(query: Query, variantIds: string[]) {
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return unique(data.map((v) => v.product_id))
}

async function productsOfInventoryItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id", "inventory_item_id"],
    filters: { inventory_item_id: itemIds },
  })
  return productsOfVariants(query, unique(data.map((l) => l.variant_id)))
}

async function productsOfPriceSets(query: Query, priceSetIds: string[]) {
  if (!priceSetIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant_price_set",
    fields: ["variant_id", "price_set_id"],
    filters: { price_set_id: priceSetIds },
  })
  return productsOfVariants(query, unique(data.map((l) => l.variant_id)))
}

export async function productIdsForEvent(event: EventLike, query: Query): Promise<string[]> {
  const data = event.data ?? {}
  const name = event.name
  if (PRODUCT_EVENTS.includes(name)) return ids(data.id)
  if (GREAT_SALE_EVENT_NAMES.includes(name)) return ids(data.product_ids)
  if (VARIANT_EVENTS.includes(name)) {
    return data.product_id ? ids(data.product_id) : productsOfVariants(query, ids(data.id))
  }
  if (name.startsWith("inventory-level.")) {
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["id", "inventory_item_id"],
      filters: { id: ids(data.id) },
      withDeleted: true,
    })
    return productsOfInventoryItems(query, unique(levels.map((l) => l.inventory_item_id)))
  }
  if (name.startsWith("reservation-item.")) {
    const itemIds = data.inventory_item_id ? ids(data.inventory_item_id) : []
    if (!itemIds.length) {
      const { data: reservations } = await query.graph({
        entity: "reservation_item",
        fields: ["id", "inventory_item_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      itemIds.push(...unique(reservations.map((r) => r.inventory_item_id)))
    }
    return productsOfInventoryItems(query, itemIds)
  }
  if (name === "inventory-item.updated") return productsOfInventoryItems(query, ids(data.id))
  if (PRICE_EVENTS.includes(name)) {
    const { data: prices } = await query.graph({
      entity: "price",
      fields: ["id", "price_set_id"],
      filters: { id: ids(data.id) },
      withDeleted: true,
    })
    return productsOfPriceSets(query, unique(prices.map((p) => p.price_set_id)))
  }
  if (PRICE_LIST_EVENTS.includes(name)) {
    const { data: prices } = await query.graph({
      entity: "price",
      fields: ["id", "price_set_id"],
      filters: { price_list_id: ids(data.id) },
      withDeleted: true,
    })
    return productsOfPriceSets(query, unique(prices.map((p) => p.price_set_id)))
  }
  return []
}
