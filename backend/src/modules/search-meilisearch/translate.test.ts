import { describe, expect, it } from "vitest"
import {
  buildIndexSettings,
  mapFacets,
  synonymsMap,
  toMeiliDocument,
  translateFacets,
  translateFilters,
  translateMatchingStrategy,
  translatePagination,
  translateSort,
} from "./translate"
import { SYNONYM_GROUPS } from "../../lib/search/synonyms"

const definition = {
  primary_key: "id",
  settings: {},
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 3 } },
    description: { type: "text", searchable: true },
    seller: { type: "keyword", searchable: { weight: 2 }, filterable: true, facetable: true },
    category_names: { type: "keyword", array: true, searchable: { weight: 2 }, filterable: true, facetable: true },
    price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    on_sale: { type: "boolean", filterable: true, facetable: true },
    created_at: { type: "date", filterable: true, sortable: true },
  },
}

describe("Meilisearch index settings", () => {
  const settings = buildIndexSettings(definition, SYNONYM_GROUPS)

  it("orders searchable attributes by weight: title before seller/category before description", () => {
    expect(settings.searchableAttributes).toEqual(["title", "seller", "category_names", "description"])
  })

  it("makes filterable and facetable fields filterable, sortable fields + id sortable", () => {
    expect(settings.filterableAttributes).toEqual(["id", "seller", "category_names", "price", "on_sale", "created_at"])
    expect(settings.sortableAttributes).toEqual(["price", "created_at", "id"])
  })

  it("declares synonyms both ways and typo tolerance from 4 letters", () => {
    expect(settings.synonyms.kripik).toEqual(["keripik"])
    expect(settings.synonyms.keripik).toEqual(["kripik"])
    expect(settings.synonyms["oleh-oleh"]).toEqual(["oleh2"])
    expect(settings.synonyms.mask).toEqual(["masker"])
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 5 } })
  })

  it("merges overlapping synonym groups", () => {
    expect(synonymsMap([["a", "b"], ["a", "c"]]).a).toEqual(["b", "c"])
  })
})

describe("Meilisearch filter translation", () => {
  const opts = { filterable: ["seller", "category_names", "price", "on_sale", "created_at", "status"], dates: ["created_at"] }

  it("translates equality, membership, booleans and inclusive ranges", () => {
    expect(translateFilters({ seller: "Batik \"Sekar\"" }, opts)).toBe('seller = "Batik \\"Sekar\\""')
    expect(translateFilters({ category_names: ["Batik", "Kuliner"] }, opts)).toBe('category_names IN ["Batik", "Kuliner"]')
    expect(translateFilters({ on_sale: true }, opts)).toBe("on_sale = true")
    expect(translateFilters({ price: { $gte: 50000, $lte: 100000 } }, opts)).toBe("(price >= 50000) AND (price <= 100000)")
  })

  it("combines filters with AND, $or and $not, and ignores q", () => {
    expect(
      translateFilters(
        { q: "batik", seller: "A", $or: [{ on_sale: true }, { price: { $lt: 10 } }], $not: { category_names: "Batik" } },
        opts
      )
    ).toBe('(seller = "A") AND ((on_sale = true OR price < 10)) AND (NOT (category_names = "Batik"))')
  })

  it("converts dates to epoch milliseconds", () => {
    expect(translateFilters({ created_at: { $gte: "2026-10-01T00:00:00.000Z" } }, opts)).toBe(
      `created_at >= ${Date.parse("2026-10-01T00:00:00.000Z")}`
    )
    expect(toMeiliDocument({ id: "p", created_at: new Date(5) }, ["created_at"])).toEqual({ id: "p", created_at: 5 })
  })

  it("translates $nin, $ne, $exists and null", () => {
    expect(translateFilters({ seller: { $nin: ["A"] } }, opts)).toBe('seller NOT IN ["A"]')
    expect(translateFilters({ seller: { $ne: "A" } }, opts)).toBe('seller != "A"')
    expect(translateFilters({ seller: { $exists: false } }, opts)).toBe("seller NOT EXISTS")
    expect(translateFilters({ seller: null }, opts)).toBe("seller IS NULL")
  })

  it("rejects unknown fields, odd field names and unsupported operators with a 400-type error", () => {
    expect(() => translateFilters({ secret: "x" }, opts)).toThrow(/not filterable/)
    expect(() => translateFilters({ "price) OR (1": 1 }, { filterable: [] })).toThrow(/Invalid field name/)
    expect(() => translateFilters({ seller: { $like: "%a%" } }, opts)).toThrow(/does not support/)
    expect(() => translateFilters({ $xor: [] } as any, opts)).toThrow(/Unknown filter operator/)
  })
})

describe("Meilisearch sort, pagination, facets, matching", () => {
  it("sorts with the id as a tie-break so equal prices page stably", () => {
    expect(translateSort({ price: "ASC" })).toEqual(["price:asc", "id:asc"])
    expect(translateSort({ created_at: "DESC" })).toEqual(["created_at:desc", "id:asc"])
    expect(translateSort({ _score: "DESC" })).toBeUndefined()
  })

  it("uses page/hitsPerPage (exact totals) when the page is aligned, offset/limit otherwise", () => {
    expect(translatePagination({ skip: 24, take: 12 }, true)).toEqual({ page: 3, hitsPerPage: 12 })
    expect(translatePagination({ skip: 5, take: 12 }, true)).toEqual({ offset: 5, limit: 12 })
    expect(translatePagination({ skip: 0, take: 12 }, false)).toEqual({ offset: 0, limit: 12 })
  })

  it("asks value facets in the search and range buckets as count-only filters", () => {
    const t = translateFacets([
      { field: "seller" },
      { field: "price", type: "range", ranges: [{ key: "murah", to: 50000 }, { from: 50000 }] },
    ])
    expect(t.facets).toEqual(["seller"])
    expect(t.ranges).toEqual([
      { field: "price", key: "murah", from: undefined, to: 50000, filter: "price < 50000" },
      { field: "price", key: "50000-*", from: 50000, to: undefined, filter: "price >= 50000" },
    ])
  })

  it("maps facet distributions to counts, largest first", () => {
    const out = mapFacets(
      [{ field: "seller", limit: 1 }, { field: "price", type: "range", ranges: [{ key: "murah", to: 5 }] }, { field: "price", type: "stats" }],
      { seller: { A: 2, B: 5 } },
      { price: { min: 1, max: 9 } },
      new Map([["price|murah", 4]]),
      7
    )
    expect(out!.seller).toEqual({ type: "value", values: [{ value: "B", count: 5 }], other_count: 1 })
    expect(out!.price).toEqual({ type: "stats", min: 1, max: 9, count: 7 })
  })

  it("requires every word by default; 'any' lets Meilisearch drop words", () => {
    expect(translateMatchingStrategy(undefined)).toBe("all")
    expect(translateMatchingStrategy("last")).toBe("all")
    expect(translateMatchingStrategy("any")).toBe("last")
  })
})
