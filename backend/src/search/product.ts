import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  QueryContext,
  search,
} from "@medusajs/framework/utils"
import { toProductDocument } from "../lib/search/product-document"
import { PRODUCT_INDEX_EVENTS, productIdsForEvent } from "../lib/search/product-events"

type Consume = (event: any, context: any) => Promise<any[]>

/**
 * One product change emits a burst of events (product, each variant, each
 * price, each stock level). Events arriving within 100 ms share one read of
 * their products: the first event of the window reads and writes them all,
 * the others only add their product ids. Deletions pass straight through.
 */
export function coalesceProductReads(consume: Consume, windowMs = 100): Consume {
  let open: { ids: Set<string>; done: Promise<any[]> } | null = null
  return async (event, context) => {
    if (event.name === "product.deleted") return await consume(event, context)
    const ids = await productIdsForEvent(event, context.container.query)
    if (!ids.length) return []
    if (open) {
      ids.forEach((id) => open!.ids.add(id))
      await open.done.catch(() => undefined)
      return []
    }
    const batch: { ids: Set<string>; done: Promise<any[]> } = { ids: new Set(ids), done: Promise.resolve([]) }
    batch.done = new Promise((r) => setTimeout(r, windowMs)).then(() => {
      if (open === batch) open = null
      return consume({ name: "product.updated", data: { id: [...batch.ids] } }, context)
    })
    open = batch
    return await batch.done
  }
}

/** The store's currency: prices in the index are IDR, the sale price while a sale runs. */
export const SEARCH_CURRENCY = "idr"

const source = {
  fields: [
    "id",
    "title",
    "subtitle",
    "description",
    "handle",
    "thumbnail",
    "status",
    "created_at",
    "metadata",
    "sales_channels.id",
    "categories.name",
    "categories.handle",
    "collection.title",
    "tags.value",
    "variants.id",
    "variants.sku",
    "variants.manage_inventory",
    "variants.allow_backorder",
    "variants.calculated_price.*",
    "variants.inventory_items.required_quantity",
    "variants.inventory_items.inventory.location_levels.stocked_quantity",
    "variants.inventory_items.inventory.location_levels.reserved_quantity",
  ],
  context: () => ({
    variants: { calculated_price: QueryContext({ currency_code: SEARCH_CURRENCY }) },
  }),
  transform: async (rows: any[]) => rows.map(toProductDocument),
}

export const PRODUCT_SEARCH_FIELDS = search.define({
  id: search.keyword().filterable().retrievable(),
  title: search.text().searchable({ weight: 3 }).retrievable(),
  subtitle: search.text().searchable({ weight: 2 }).retrievable(),
  description: search.text().searchable().retrievable(false),
  handle: search.keyword().retrievable(),
  thumbnail: search.keyword().retrievable(),
  status: search.keyword().filterable().retrievable(false),
  created_at: search.date().filterable().sortable().retrievable(),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  category_names: search.keyword().array().searchable({ weight: 2 }).filterable().facetable().retrievable(),
  category_handles: search.keyword().array().filterable().retrievable(),
  collection: search.keyword().searchable().filterable().facetable().retrievable(),
  tags: search.keyword().array().searchable().filterable().retrievable(false),
  seller: search.keyword().searchable({ weight: 2 }).filterable().facetable().retrievable(),
  skus: search.keyword().array().searchable().filterable().retrievable(false),
  price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }).retrievable(),
  original_price: search.float().retrievable(),
  on_sale: search.boolean().filterable().facetable().retrievable(),
  in_stock: search.boolean().filterable().facetable().retrievable(),
})

/**
 * The product index behind `POST /store/search` and the storefront's search.
 * Kept current by product, variant, price, price list, stock and great-sale
 * events (each followed back to its products); filled from the catalogue by
 * `medusa db:migrate` + the seed's reindex, the admin button or
 * `npm run search:reindex -w backend`.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: PRODUCT_SEARCH_FIELDS,
  events: PRODUCT_INDEX_EVENTS,
  consume: coalesceProductReads(
    graphConsume({
      ...source,
      resolve_ids: (event: any, context: any) => productIdsForEvent(event, context.container.query),
      // Only a product's own deletion removes it; a deleted variant or price re-reads the product.
      is_delete: (event: any) => event.name === "product.deleted",
    })
  ),
  seed: graphSeed(source),
})
