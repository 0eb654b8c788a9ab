import { describe, expect, it } from "vitest"
import { highlightParts, parseSearchParams, rangeToBounds, searchBody, searchHitCard, searchHref, suggestionBody, toggle } from "./search"

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs))

describe("search page state", () => {
  it("reads query, filters, sort and page from the URL", () => {
    const s = parse("q=batik+tulis&kategori=Batik&kategori=Kuliner&penjual=IKM+A&harga_min=50.000&harga_maks=150000&diskon=1&tersedia=1&urut=harga-naik&halaman=2")
    expect(s).toEqual({
      q: "batik tulis",
      categories: ["Batik", "Kuliner"],
      sellers: ["IKM A"],
      minPrice: 50000,
      maxPrice: 150000,
      onSale: true,
      inStock: true,
      sort: "harga-naik",
      page: 2,
    })
  })

  it("ignores junk: unknown sort, bad page, swapped price bounds, overlong q", () => {
    const s = parse(`q=${"a".repeat(300)}&urut=x&halaman=-3&harga_min=900&harga_maks=100`)
    expect(s.q).toHaveLength(200)
    expect(s.sort).toBe("relevan")
    expect(s.page).toBe(1)
    expect([s.minPrice, s.maxPrice]).toEqual([100, 900])
  })

  it("writes the state back into a shareable URL (round trip), resetting the page on change", () => {
    const s = parse("q=salak&kategori=Kuliner&urut=terbaru&halaman=3")
    expect(searchHref(s, { page: 3 })).toBe("/cari?q=salak&kategori=Kuliner&urut=terbaru&halaman=3")
    expect(searchHref(s, { categories: toggle(s.categories, "Kuliner") })).toBe("/cari?q=salak&urut=terbaru")
    expect(parse(searchHref(s, { page: 3 }).split("?")[1])).toEqual(s)
  })

  it("asks the backend for the page's hits, inclusive price bounds and facet counts", () => {
    const body = searchBody(parse("q=batik&kategori=Batik&harga_min=100000&harga_maks=200000&tersedia=1&urut=harga-turun&halaman=2"))
    expect(body.filters).toEqual({
      q: "batik",
      category_names: { $in: ["Batik"] },
      price: { $gte: 100000, $lte: 200000 },
      in_stock: true,
    })
    expect(body.pagination).toEqual({ skip: 12, take: 12, order: { price: "DESC" } })
    expect(body.search_options.facets.map((f) => f.field)).toEqual(["category_names", "seller", "on_sale", "in_stock", "price"])
  })

  it("browses newest first without a query, by relevance with one", () => {
    expect(searchBody(parse("")).pagination.order).toEqual({ created_at: "DESC" })
    expect(searchBody(parse("q=kopi")).pagination.order).toBeUndefined()
  })

  it("asks at most 8 suggestions", () => {
    expect(suggestionBody(" batk ").pagination.take).toBe(8)
    expect(suggestionBody(" batk ").filters.q).toBe("batk")
  })

  it("turns a price bucket into inclusive bounds", () => {
    expect(rangeToBounds("50-150")).toEqual({ minPrice: 50000, maxPrice: 149999 })
    expect(rangeToBounds("gte500")).toEqual({ minPrice: 500000, maxPrice: null })
  })

  it("highlights the words a title starts with, ignoring case and accents", () => {
    expect(highlightParts("Batik Tulis Parang", "bat tulis").filter((p) => p.match).map((p) => p.text)).toEqual(["Batik", "Tulis"])
    expect(highlightParts("Kopi Arábika", "arabika").filter((p) => p.match).map((p) => p.text)).toEqual(["Arábika"])
    expect(highlightParts("Kopi", "").every((p) => !p.match)).toBe(true)
  })
})

describe("search hits as product cards", () => {
  it("maps the search document: Diskon badge, seller, sold out", () => {
    const doc = { id: "p", title: "Salak Pondoh", handle: "salak", thumbnail: null, price: 25000, original_price: 30000, on_sale: true, in_stock: false, seller: "Tani Turi" }
    expect(searchHitCard(doc)).toEqual({
      handle: "salak",
      title: "Salak Pondoh",
      thumbnail: null,
      seller: "Tani Turi",
      amount: 25000,
      original: 30000,
      onSale: true,
      soldOut: true,
    })
    expect(searchHitCard({ ...doc, on_sale: undefined, in_stock: undefined, seller: undefined })).toMatchObject({ onSale: false, soldOut: false, seller: null })
  })
})
