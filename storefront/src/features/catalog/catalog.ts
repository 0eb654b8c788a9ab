/**
 * Pure catalogue helpers: sorting, pagination, prices, stock and variant
 * selection. No I/O here, so everything is unit-tested in catalog.test.ts.
 */

import type { ProductCardData } from "~/components/product-card"

export const PER_PAGE = 12

export const SORT_OPTIONS = [
  { value: "terbaru", label: "Terbaru" },
  { value: "harga-terendah", label: "Harga terendah" },
  { value: "harga-tertinggi", label: "Harga tertinggi" },
  { value: "nama", label: "Nama (A–Z)" },
] as const

export type SortKey = (typeof SORT_OPTIONS)[number]["value"]

export const DEFAULT_SORT: SortKey = "terbaru"

export function parseSort(value: string | null | undefined): SortKey {
  return SORT_OPTIONS.some((o) => o.value === value) ? (value as SortKey) : DEFAULT_SORT
}

/**
 * `order` for GET /store/products, or `null` when the store API cannot sort
 * that way (price: the caller sorts server-side, see `sortByPrice`).
 */
export function sortToApiOrder(sort: SortKey): string | null {
  switch (sort) {
    case "terbaru":
      return "-created_at"
    case "nama":
      return "title"
    default:
      return null
  }
}

export function isPriceSort(sort: SortKey): boolean {
  return sort === "harga-terendah" || sort === "harga-tertinggi"
}

/** `?halaman=` → a page number ≥ 1 (garbage → 1). */
export function parsePage(value: string | null | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1
  const n = Number.parseInt(value, 10)
  return n >= 1 ? n : 1
}

export interface Pagination {
  page: number
  perPage: number
  total: number
  totalPages: number
  offset: number
  /** 1-based index of the first item shown (0 when empty). */
  from: number
  /** 1-based index of the last item shown (0 when empty). */
  to: number
  hasPrev: boolean
  hasNext: boolean
}

export function paginate(total: number, page: number, perPage: number = PER_PAGE): Pagination {
  const safeTotal = Math.max(0, Math.floor(total))
  const totalPages = Math.max(1, Math.ceil(safeTotal / perPage))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages)
  const offset = (current - 1) * perPage
  const from = safeTotal === 0 ? 0 : offset + 1
  const to = Math.min(offset + perPage, safeTotal)
  return {
    page: current,
    perPage,
    total: safeTotal,
    totalPages,
    offset,
    from,
    to,
    hasPrev: current > 1,
    hasNext: current < totalPages,
  }
}

/** Page links to show: first, last, current ±1, with "…" gaps. */
export function pageNumbers(current: number, totalPages: number): (number | "…")[] {
  if (totalPages <= 7) return Array.from({ length: totalPages }, (_, i) => i + 1)
  const wanted = new Set([1, totalPages, current - 1, current, current + 1])
  const pages = [...wanted].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b)
  const out: (number | "…")[] = []
  let prev = 0
  for (const p of pages) {
    if (p - prev === 2) out.push(prev + 1)
    else if (p - prev > 2) out.push("…")
    out.push(p)
    prev = p
  }
  return out
}

/** "Menampilkan 1–12 dari 15 produk" (en dash). */
/** `capped`: the search counted only its first `total` matches (a broad query), so there are more. */
export function rangeLabel(p: Pick<Pagination, "from" | "to" | "total">, capped = false): string {
  if (p.total === 0) return "Belum ada produk di kategori ini"
  const total = p.total.toLocaleString("id-ID")
  return `Menampilkan ${p.from}–${p.to} dari ${capped ? `lebih dari ${total}` : total} produk`
}

// ---------------------------------------------------------------------------
// Prices & stock (structural types: a subset of HttpTypes.StoreProduct)

export interface PriceLike {
  calculated_amount?: number | null
  original_amount?: number | null
}

export interface VariantLike {
  id: string
  title?: string | null
  calculated_price?: PriceLike | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  options?: { option_id?: string | null; value?: string; option?: { id?: string } | null }[] | null
}

export interface ProductLike {
  id: string
  title?: string | null
  created_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  variants?: VariantLike[] | null
}

export function variantPrice(variant: VariantLike | null | undefined): number | null {
  const amount = variant?.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

/** Original price to cross out, or null when there is no discount. */
export function variantOriginalPrice(variant: VariantLike | null | undefined): number | null {
  const calc = variant?.calculated_price?.calculated_amount
  const orig = variant?.calculated_price?.original_amount
  if (typeof calc === "number" && typeof orig === "number" && orig > calc) return orig
  return null
}

/** Cheapest calculated price across the product's variants. */
export function cheapestVariant(product: ProductLike): VariantLike | null {
  let best: VariantLike | null = null
  for (const v of product.variants ?? []) {
    const price = variantPrice(v)
    if (price === null) continue
    if (best === null || price < (variantPrice(best) as number)) best = v
  }
  return best
}

export function cheapestPrice(product: ProductLike): number | null {
  return variantPrice(cheapestVariant(product))
}

/** Does the product have variants at different prices ("mulai dari")? */
export function hasPriceRange(product: ProductLike): boolean {
  const prices = new Set((product.variants ?? []).map(variantPrice).filter((p) => p !== null))
  return prices.size > 1
}

/**
 * Sort by the cheapest variant's calculated price. Products without a price
 * in the region go last; ties keep their incoming order (stable sort).
 */
export function sortByPrice<T extends ProductLike>(products: T[], direction: "asc" | "desc"): T[] {
  const sign = direction === "asc" ? 1 : -1
  return products
    .map((p, i) => ({ p, i, price: cheapestPrice(p) }))
    .sort((a, b) => {
      if (a.price === null && b.price === null) return a.i - b.i
      if (a.price === null) return 1
      if (b.price === null) return -1
      return (a.price - b.price) * sign || a.i - b.i
    })
    .map((x) => x.p)
}

/**
 * A price-sorted page: sorts the loaded products by cheapest price
 * (`harga-terendah` ascending, otherwise descending) and cuts out `page`.
 */
export function pageOfSorted<T extends ProductLike>(
  products: T[],
  sort: SortKey,
  page: number,
  perPage: number = PER_PAGE,
): { products: T[]; pagination: Pagination } {
  const sorted = sortByPrice(products, sort === "harga-terendah" ? "asc" : "desc")
  const pagination = paginate(sorted.length, page, perPage)
  return { products: sorted.slice(pagination.offset, pagination.offset + perPage), pagination }
}

export function isFeatured(product: ProductLike): boolean {
  const flag = product.metadata?.featured
  return flag === true || flag === "true"
}

/** Featured products (metadata.featured === true), else the first `n`. */
export function pickFeatured<T extends ProductLike>(products: T[], n = 8): T[] {
  const featured = products.filter(isFeatured)
  return (featured.length > 0 ? featured : products).slice(0, n)
}

export const LOW_STOCK_THRESHOLD = 5

export interface StockState {
  soldOut: boolean
  label: string
  /** Max quantity a shopper may put in the cart (undefined = unlimited). */
  max?: number
  level: "ok" | "low" | "out"
}

export function stockState(variant: VariantLike | null | undefined): StockState {
  if (!variant) return { soldOut: true, label: "Stok habis", level: "out" }
  const qty = variant.inventory_quantity
  if (variant.manage_inventory === false || variant.allow_backorder || typeof qty !== "number") {
    return { soldOut: false, label: "Stok tersedia", level: "ok" }
  }
  if (qty <= 0) return { soldOut: true, label: "Stok habis", max: 0, level: "out" }
  if (qty <= LOW_STOCK_THRESHOLD) return { soldOut: false, label: `Sisa ${qty}`, max: qty, level: "low" }
  return { soldOut: false, label: "Stok tersedia", max: qty, level: "ok" }
}

function optionIdOf(o: NonNullable<VariantLike["options"]>[number]): string | undefined {
  return o.option_id ?? o.option?.id ?? undefined
}

/** Option id → value for one variant. */
export function variantOptionMap(variant: VariantLike): Record<string, string> {
  const map: Record<string, string> = {}
  for (const o of variant.options ?? []) {
    const id = optionIdOf(o)
    if (id && typeof o.value === "string") map[id] = o.value
  }
  return map
}

/**
 * The variant to show: `?varian=<id>` when it belongs to the product,
 * otherwise the first variant in stock, otherwise the first variant.
 */
export function selectVariant<V extends VariantLike>(
  variants: V[] | null | undefined,
  requestedId: string | null | undefined,
): V | null {
  const list = variants ?? []
  if (requestedId) {
    const hit = list.find((v) => v.id === requestedId)
    if (hit) return hit
  }
  return list.find((v) => !stockState(v).soldOut) ?? list[0] ?? null
}

/**
 * Variant matching the chosen option values (radio form without JS).
 * Exact match first, else the variant matching the most chosen values.
 */
export function variantForOptions<V extends VariantLike>(
  variants: V[] | null | undefined,
  chosen: Record<string, string>,
): V | null {
  let best: V | null = null
  let bestScore = -1
  const keys = Object.keys(chosen)
  for (const v of variants ?? []) {
    const map = variantOptionMap(v)
    const score = keys.filter((k) => map[k] === chosen[k]).length
    if (score > bestScore) {
      best = v
      bestScore = score
    }
  }
  return best
}

// ---------------------------------------------------------------------------
// Product cards

/** A store API product as a product card (its cheapest variant's price). */
export function productCard(
  product: ProductLike & { handle?: string | null; thumbnail?: string | null },
  salePercent: number | undefined,
): ProductCardData {
  const cheapest = cheapestVariant(product)
  return {
    handle: product.handle ?? "",
    title: product.title ?? "",
    thumbnail: product.thumbnail,
    seller: typeof product.metadata?.seller === "string" ? product.metadata.seller : null,
    amount: variantPrice(cheapest),
    original: variantOriginalPrice(cheapest),
    from: hasPriceRange(product),
    salePercent,
  }
}
