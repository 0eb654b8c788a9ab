/**
 * Search page state ⇄ URL ⇄ the backend's `POST /store/search` body. Pure:
 * the URL carries the whole state (shareable, back button works), and the
 * same parsing serves the no-JS form submit and the island.
 */
import type { ProductCardData } from "~/components/product-card"

export const SEARCH_PER_PAGE = 12
export const SUGGESTION_LIMIT = 8
export const MAX_Q_LENGTH = 200

export const SEARCH_SORTS = [
  { value: "relevan", label: "Paling relevan" },
  { value: "harga-naik", label: "Harga terendah" },
  { value: "harga-turun", label: "Harga tertinggi" },
  { value: "terbaru", label: "Terbaru" },
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]["value"]

/** Price buckets offered as facets (IDR, lower bound inclusive, upper exclusive). */
export const PRICE_RANGES = [
  { key: "lt50", label: "Di bawah Rp 50.000", to: 50000 },
  { key: "50-150", label: "Rp 50.000 – Rp 150.000", from: 50000, to: 150000 },
  { key: "150-500", label: "Rp 150.000 – Rp 500.000", from: 150000, to: 500000 },
  { key: "gte500", label: "Rp 500.000 ke atas", from: 500000 },
] as const

export type SearchState = {
  q: string
  categories: string[]
  sellers: string[]
  /** inclusive bounds in IDR */
  minPrice: number | null
  maxPrice: number | null
  onSale: boolean
  inStock: boolean
  sort: SearchSort
  page: number
}

const cleanList = (values: string[]) =>
  [...new Set(values.map((v) => v.trim()).filter((v) => v && v.length <= 100))].slice(0, 20)

function parseAmount(value: string | null): number | null {
  if (!value) return null
  const digits = value.replace(/[^\d]/g, "")
  if (!digits) return null
  const n = Number(digits)
  return Number.isSafeInteger(n) ? n : null
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const sort = params.get("urut")
  let minPrice = parseAmount(params.get("harga_min"))
  let maxPrice = parseAmount(params.get("harga_maks"))
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) [minPrice, maxPrice] = [maxPrice, minPrice]
  const page = Number(params.get("halaman"))
  return {
    q: (params.get("q") ?? "").trim().slice(0, MAX_Q_LENGTH),
    categories: cleanList(params.getAll("kategori")),
    sellers: cleanList(params.getAll("penjual")),
    minPrice,
    maxPrice,
    onSale: params.get("diskon") === "1",
    inStock: params.get("tersedia") === "1",
    sort: SEARCH_SORTS.some((s) => s.value === sort) ? (sort as SearchSort) : "relevan",
    page: Number.isInteger(page) && page > 1 && page <= 1000 ? page : 1,
  }
}

/** The URL of a state (only what differs from the defaults). */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const s = { ...state, page: 1, ...change }
  const p = new URLSearchParams()
  if (s.q) p.set("q", s.q)
  for (const c of s.categories) p.append("kategori", c)
  for (const c of s.sellers) p.append("penjual", c)
  if (s.minPrice !== null) p.set("harga_min", String(s.minPrice))
  if (s.maxPrice !== null) p.set("harga_maks", String(s.maxPrice))
  if (s.onSale) p.set("diskon", "1")
  if (s.inStock) p.set("tersedia", "1")
  if (s.sort !== "relevan") p.set("urut", s.sort)
  if (s.page > 1) p.set("halaman", String(s.page))
  const qs = p.toString()
  return `/cari${qs ? `?${qs}` : ""}`
}

/** Is any filter set (category, seller, price, on sale, in stock)? */
export function isFiltered(state: SearchState): boolean {
  return (
    state.categories.length > 0 || state.sellers.length > 0 || state.minPrice !== null || state.maxPrice !== null || state.onSale || state.inStock
  )
}

/** The same search without any filter. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, categories: [], sellers: [], minPrice: null, maxPrice: null, onSale: false, inStock: false }
}

export function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** The filters of a state in the Search Module's filter language (no `q`). */
export function searchFilters(state: SearchState): Record<string, unknown> {
  const f: Record<string, unknown> = {}
  if (state.categories.length) f.category_names = { $in: state.categories }
  if (state.sellers.length) f.seller = { $in: state.sellers }
  if (state.minPrice !== null || state.maxPrice !== null) {
    f.price = {
      ...(state.minPrice !== null ? { $gte: state.minPrice } : {}),
      ...(state.maxPrice !== null ? { $lte: state.maxPrice } : {}),
    }
  }
  if (state.onSale) f.on_sale = true
  if (state.inStock) f.in_stock = true
  return f
}

const ORDER: Record<SearchSort, Record<string, "ASC" | "DESC"> | undefined> = {
  relevan: undefined,
  "harga-naik": { price: "ASC" },
  "harga-turun": { price: "DESC" },
  terbaru: { created_at: "DESC" },
}

export const RESULT_FIELDS = ["id", "title", "handle", "thumbnail", "price", "original_price", "on_sale", "in_stock", "seller"]

/**
 * The body of `POST /store/search` for the results page: hits of one page and
 * facet counts. Browsing without a query sorts by newest unless asked otherwise.
 */
export function searchBody(state: SearchState) {
  const order = ORDER[state.sort] ?? (state.q ? undefined : ORDER.terbaru)
  return {
    entity: "product",
    fields: RESULT_FIELDS,
    filters: { ...(state.q ? { q: state.q } : {}), ...searchFilters(state) },
    pagination: { skip: (state.page - 1) * SEARCH_PER_PAGE, take: SEARCH_PER_PAGE, ...(order ? { order } : {}) },
    search_options: {
      // A facet's counts ignore the facet's own filter, so other categories stay choosable.
      disjunctive_facets: true,
      facets: [
        { field: "category_names", limit: 20 },
        { field: "seller", limit: 30 },
        { field: "on_sale" },
        { field: "in_stock" },
        {
          field: "price",
          type: "range" as const,
          ranges: PRICE_RANGES.map((r) => ({ key: r.key, ...("from" in r ? { from: r.from } : {}), ...("to" in r ? { to: r.to } : {}) })),
        },
      ],
    },
  }
}

/** The body for search-as-you-type suggestions. */
export function suggestionBody(q: string) {
  return {
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "price", "original_price"],
    filters: { q: q.trim().slice(0, MAX_Q_LENGTH) },
    pagination: { take: SUGGESTION_LIMIT },
  }
}

/** Price range bucket → inclusive min/max for the URL (the bucket's upper bound is exclusive). */
export function rangeToBounds(key: string): { minPrice: number | null; maxPrice: number | null } {
  const r = PRICE_RANGES.find((x) => x.key === key)
  if (!r) return { minPrice: null, maxPrice: null }
  return { minPrice: "from" in r ? r.from : null, maxPrice: "to" in r ? r.to - 1 : null }
}

/**
 * Splits a title into plain and matched parts for highlighting: a part is
 * matched when it starts with one of the query's words (accents and case
 * ignored), so "bat" highlights "Batik".
 */
export function highlightParts(title: string, query: string): { text: string; match: boolean }[] {
  const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase()
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  if (!words.length) return [{ text: title, match: false }]
  return title
    .split(/(\s+)/)
    .filter((t) => t.length)
    .map((token) => {
      const f = fold(token)
      return { text: token, match: /\S/.test(token) && words.some((w) => f.startsWith(w)) }
    })
}

// ---------------------------------------------------------------------------
// Hits

/** A hit's document, as the search index stores a product. */
export type SearchHitDoc = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  original_price: number | null
  on_sale?: boolean
  in_stock?: boolean
  seller?: string | null
}

/** Photo `sizes` of a card in the search results' grid (narrower: the filters take a column). */
export const SEARCH_CARD_SIZES =
  "(min-width: 72rem) 13rem, (min-width: 900px) calc(25vw - 5.5rem), (min-width: 801px) calc(50vw - 9rem), calc(50vw - 1.4rem)"

/** A search hit as a product card. */
export function searchHitCard(doc: SearchHitDoc): ProductCardData {
  return {
    handle: doc.handle,
    title: doc.title,
    thumbnail: doc.thumbnail,
    seller: doc.seller ?? null,
    amount: doc.price,
    original: doc.original_price,
    onSale: doc.on_sale === true,
    soldOut: doc.in_stock === false,
  }
}
