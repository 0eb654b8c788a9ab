/**
 * Product search for pages (server only): Medusa's `POST /store/search` through
 * the shared SDK. When the search engine is down the error is a
 * `SearchUnavailableError`, so the page can say so while the rest of the store
 * (listing and product pages do not use search) keeps working.
 */
import { backendFetch, imageUrl } from "~/lib/medusa.server"
import { formatRupiah } from "~/lib/money"
import { highlightParts, searchBody, suggestionBody, type SearchHitDoc, type SearchState } from "./search"

type ValueFacet = { type: "value"; values: { value: string; count: number }[] }
type RangeFacet = { type: "range"; ranges: { key: string; count: number }[] }

export type SearchPageResult = {
  hits: SearchHitDoc[]
  total: number
  /** the provider counted only the first `total` matches of a broad query: there are more */
  totalCapped: boolean
  correctedQuery: string | null
  facets: {
    categories: { value: string; count: number }[]
    sellers: { value: string; count: number }[]
    onSale: number
    inStock: number
    priceRanges: Map<string, number>
  }
}

export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super("search unavailable")
    this.name = "SearchUnavailableError"
    this.cause = cause
  }
}

async function post(body: Record<string, unknown>): Promise<any> {
  try {
    const res: any = await backendFetch("/store/search", { method: "POST", body })
    return res.results[0]
  } catch (err: any) {
    // A 4xx is our request's fault (shown as an error); anything else: search is down.
    const status = err?.status ?? err?.response?.status
    if (typeof status === "number" && status >= 400 && status < 500) throw err
    throw new SearchUnavailableError(err)
  }
}

const countOf = (facet: ValueFacet | undefined, value: string) =>
  facet?.values.find((v) => String(v.value) === value)?.count ?? 0

export async function searchProducts(state: SearchState): Promise<SearchPageResult> {
  const r = await post(searchBody(state))
  const facets = r.facets ?? {}
  const range = facets.price as RangeFacet | undefined
  return {
    hits: r.hits.map((h: any) => h.document as SearchHitDoc),
    total: r.metadata?.count ?? r.hits.length,
    totalCapped: r.provider_metadata?.total_capped === true,
    correctedQuery: r.provider_metadata?.corrected_query ?? null,
    facets: {
      categories: (facets.category_names as ValueFacet | undefined)?.values ?? [],
      sellers: (facets.seller as ValueFacet | undefined)?.values ?? [],
      onSale: countOf(facets.on_sale, "true"),
      inStock: countOf(facets.in_stock, "true"),
      priceRanges: new Map((range?.ranges ?? []).map((x) => [x.key, x.count])),
    },
  }
}

export type Suggestion = {
  href: string
  title: { text: string; match: boolean }[]
  thumbnail: string
  price: string | null
}

/** At most 8 suggestions for the header's search-as-you-type. */
export async function suggestProducts(q: string): Promise<{ suggestions: Suggestion[]; corrected: string | null }> {
  const r = await post(suggestionBody(q))
  const corrected: string | null = r.provider_metadata?.corrected_query ?? null
  const words = corrected ? `${q} ${corrected}` : q
  return {
    corrected,
    suggestions: r.hits.map((h: any) => {
      const d = h.document as SearchHitDoc
      return {
        href: `/produk/${d.handle}`,
        title: highlightParts(d.title, words),
        thumbnail: imageUrl(d.thumbnail),
        price: typeof d.price === "number" ? formatRupiah(d.price) : null,
      }
    }),
  }
}
