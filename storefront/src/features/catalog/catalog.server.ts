/**
 * Catalogue reads (regions, categories, products) for pages. Server only.
 */
import type { HttpTypes } from "@medusajs/types"
import { getSdk, memo } from "~/lib/medusa.server"
import { PER_PAGE, isPriceSort, paginate, pageOfSorted, pickFeatured, sortToApiOrder, type Pagination, type SortKey } from "./catalog"

/** Product cards: title, thumbnail, seller (metadata) and calculated prices. */
export const PRODUCT_CARD_FIELDS =
  "id,title,handle,thumbnail,created_at,+metadata,*variants.calculated_price"

/** Product page: everything plus stock. */
export const PRODUCT_PAGE_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,+metadata,*categories"

/** Price sorting loads at most this many products of the category. */
export const PRICE_SORT_LIMIT = 200

/**
 * The store's region (there is exactly one: Indonesia, IDR). Prefers a
 * region using IDR if several exist. Cached ~60 s.
 */
export const getRegion = memo(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await getSdk().store.region.list({ limit: 20, fields: "id,name,currency_code,*countries" })
  const region = regions.find((r) => r.currency_code?.toLowerCase() === "idr") ?? regions[0]
  if (!region) throw new Error("Backend has no region configured")
  return region
})

/** All product categories for the nav and home tiles. Cached ~60 s. */
export const getCategories = memo(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await getSdk().store.category.list({
    limit: 100,
    fields: "id,name,handle,description,rank,parent_category_id,+metadata",
  })
  return [...product_categories].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "id"),
  )
})

/** A category by handle: from the (cached) list, else asked of the API. */
export async function findCategory(
  handle: string,
  known: HttpTypes.StoreProductCategory[],
): Promise<HttpTypes.StoreProductCategory | undefined> {
  const hit = known.find((c) => c.handle === handle)
  if (hit) return hit
  const { product_categories } = await getSdk().store.category.list({ handle, fields: "id,name,handle,description" })
  return product_categories[0]
}

/**
 * Featured products for the home page. The store API cannot filter on
 * metadata: list ids + metadata cheaply (no prices), pick
 * metadata.featured === true (else the newest `n`), then load just those with
 * region prices.
 */
export async function listFeaturedProducts(n = 8): Promise<HttpTypes.StoreProduct[]> {
  const sdk = getSdk()
  const [region, { products: light }] = await Promise.all([
    getRegion(),
    sdk.store.product.list({ limit: 200, order: "-created_at", fields: "id,+metadata" }),
  ])
  const ids = pickFeatured(light, n).map((p) => p.id)
  if (ids.length === 0) return []
  const { products } = await sdk.store.product.list({
    id: ids,
    limit: ids.length,
    region_id: region.id,
    fields: PRODUCT_CARD_FIELDS,
  })
  const byId = new Map(products.map((p) => [p.id, p]))
  return ids.map((id) => byId.get(id)).filter((p): p is HttpTypes.StoreProduct => Boolean(p))
}

/**
 * One page of a category's products in the chosen order. The store API
 * cannot order by price (prices are computed per region/context), so for a
 * price sort the category's products (up to PRICE_SORT_LIMIT) are loaded with
 * their calculated prices and sorted/paged by `pageOfSorted`.
 */
export async function listCategoryProducts(
  categoryId: string,
  sort: SortKey,
  page: number,
): Promise<{ products: HttpTypes.StoreProduct[]; pagination: Pagination }> {
  return listProductsPage({ category_id: [categoryId] }, sort, page)
}

/** One page of the products matching a store API filter (category, ids…) in the chosen order. */
export async function listProductsPage(
  filter: HttpTypes.StoreProductListParams,
  sort: SortKey,
  page: number,
): Promise<{ products: HttpTypes.StoreProduct[]; pagination: Pagination }> {
  const sdk = getSdk()
  const region = await getRegion()
  const base = { ...filter, region_id: region.id, fields: PRODUCT_CARD_FIELDS }
  if (isPriceSort(sort)) {
    const res = await sdk.store.product.list({ ...base, order: "-created_at", limit: PRICE_SORT_LIMIT })
    return pageOfSorted(res.products, sort, page)
  }
  const res = await sdk.store.product.list({
    ...base,
    order: sortToApiOrder(sort) ?? "-created_at",
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
  })
  return { products: res.products, pagination: paginate(res.count, page) }
}

/** The product for a product page (with stock and prices), or undefined. */
export async function getProductByHandle(handle: string): Promise<HttpTypes.StoreProduct | undefined> {
  const region = await getRegion()
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: region.id,
    fields: PRODUCT_PAGE_FIELDS,
    limit: 1,
  })
  return products[0]
}
