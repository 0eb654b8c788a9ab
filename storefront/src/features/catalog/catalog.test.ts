import { describe, expect, it } from "vitest"
import {
  cheapestPrice,
  hasPriceRange,
  pageNumbers,
  productCard,
  pageOfSorted,
  paginate,
  parsePage,
  parseSort,
  pickFeatured,
  rangeLabel,
  selectVariant,
  sortByPrice,
  sortToApiOrder,
  stockState,
  variantForOptions,
  variantOriginalPrice,
  type ProductLike,
} from "./catalog"

const product = (id: string, prices: (number | null)[], metadata?: Record<string, unknown>): ProductLike => ({
  id,
  title: id,
  metadata,
  variants: prices.map((p, i) => ({
    id: `${id}_v${i}`,
    calculated_price: p === null ? null : { calculated_amount: p, original_amount: p },
  })),
})

describe("sorting", () => {
  it("parses the sort key with a default", () => {
    expect(parseSort("harga-terendah")).toBe("harga-terendah")
    expect(parseSort("nama")).toBe("nama")
    expect(parseSort(null)).toBe("terbaru")
    expect(parseSort("price")).toBe("terbaru")
  })

  it("maps sorts the store API supports to its order param", () => {
    expect(sortToApiOrder("terbaru")).toBe("-created_at")
    expect(sortToApiOrder("nama")).toBe("title")
    expect(sortToApiOrder("harga-terendah")).toBeNull()
    expect(sortToApiOrder("harga-tertinggi")).toBeNull()
  })

  it("sorts by the cheapest variant price, unpriced last, stable", () => {
    const list = [
      product("a", [50000, 20000]),
      product("b", [30000]),
      product("c", [null]),
      product("d", [20000]),
      product("e", [90000]),
    ]
    expect(sortByPrice(list, "asc").map((p) => p.id)).toEqual(["a", "d", "b", "e", "c"])
    expect(sortByPrice(list, "desc").map((p) => p.id)).toEqual(["e", "b", "a", "d", "c"])
    // input untouched
    expect(list.map((p) => p.id)).toEqual(["a", "b", "c", "d", "e"])
  })
})

describe("price-sorted pages", () => {
  const many = Array.from({ length: 14 }, (_, i) => product(`p${i}`, [(i % 5) * 1000 + i]))

  it("sorts the whole list first, then cuts out the page", () => {
    const first = pageOfSorted(many, "harga-terendah", 1)
    expect(first.pagination).toMatchObject({ page: 1, total: 14, totalPages: 2, from: 1, to: 12 })
    expect(first.products.map((p) => cheapestPrice(p))).toEqual([0, 5, 10, 1001, 1006, 1011, 2002, 2007, 2012, 3003, 3008, 3013])
    const second = pageOfSorted(many, "harga-terendah", 2)
    expect(second.products.map((p) => cheapestPrice(p))).toEqual([4004, 4009])
  })

  it("sorts descending for harga-tertinggi and clamps the page", () => {
    const last = pageOfSorted(many, "harga-tertinggi", 9)
    expect(last.pagination.page).toBe(2)
    expect(last.products.map((p) => cheapestPrice(p))).toEqual([5, 0])
  })
})

describe("pagination", () => {
  it("parses ?halaman=", () => {
    expect(parsePage("2")).toBe(2)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-3")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(undefined)).toBe(1)
  })

  it("computes offsets and ranges", () => {
    expect(paginate(15, 1)).toMatchObject({ page: 1, totalPages: 2, offset: 0, from: 1, to: 12, hasPrev: false, hasNext: true })
    expect(paginate(15, 2)).toMatchObject({ page: 2, offset: 12, from: 13, to: 15, hasPrev: true, hasNext: false })
    expect(paginate(15, 9).page).toBe(2)
    expect(paginate(0, 1)).toMatchObject({ page: 1, totalPages: 1, from: 0, to: 0 })
    expect(paginate(24, 2)).toMatchObject({ from: 13, to: 24, totalPages: 2 })
  })

  it("labels the range in Indonesian", () => {
    expect(rangeLabel(paginate(15, 1))).toBe("Menampilkan 1–12 dari 15 produk")
    expect(rangeLabel(paginate(15, 2))).toBe("Menampilkan 13–15 dari 15 produk")
    expect(rangeLabel(paginate(0, 1))).toBe("Belum ada produk di kategori ini")
    expect(rangeLabel(paginate(1000, 1), true)).toBe("Menampilkan 1–12 dari lebih dari 1.000 produk")
    expect(rangeLabel(paginate(1500, 1))).toBe("Menampilkan 1–12 dari 1.500 produk")
  })

  it("lists page numbers with gaps", () => {
    expect(pageNumbers(1, 2)).toEqual([1, 2])
    expect(pageNumbers(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(pageNumbers(1, 10)).toEqual([1, 2, "…", 10])
    expect(pageNumbers(5, 10)).toEqual([1, "…", 4, 5, 6, "…", 10])
    expect(pageNumbers(3, 10)).toEqual([1, 2, 3, 4, "…", 10])
    expect(pageNumbers(10, 10)).toEqual([1, "…", 9, 10])
  })
})

describe("prices", () => {
  it("finds the cheapest price and ranges", () => {
    expect(cheapestPrice(product("a", [50000, 20000, null]))).toBe(20000)
    expect(cheapestPrice(product("a", [null]))).toBeNull()
    expect(hasPriceRange(product("a", [1, 2]))).toBe(true)
    expect(hasPriceRange(product("a", [1, 1]))).toBe(false)
  })

  it("returns the original price only when discounted", () => {
    expect(variantOriginalPrice({ id: "v", calculated_price: { calculated_amount: 90000, original_amount: 100000 } })).toBe(100000)
    expect(variantOriginalPrice({ id: "v", calculated_price: { calculated_amount: 100000, original_amount: 100000 } })).toBeNull()
    expect(variantOriginalPrice({ id: "v" })).toBeNull()
  })
})

describe("featured", () => {
  it("prefers metadata.featured, else the first n", () => {
    const list = Array.from({ length: 10 }, (_, i) => product(`p${i}`, [1000], i === 3 || i === 7 ? { featured: true } : {}))
    expect(pickFeatured(list).map((p) => p.id)).toEqual(["p3", "p7"])
    const plain = list.map((p) => ({ ...p, metadata: null }))
    expect(pickFeatured(plain).map((p) => p.id)).toEqual(["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"])
  })
})

describe("stock", () => {
  it("describes the stock state", () => {
    expect(stockState({ id: "v", inventory_quantity: 20, manage_inventory: true })).toMatchObject({ label: "Stok tersedia", soldOut: false, max: 20 })
    expect(stockState({ id: "v", inventory_quantity: 2, manage_inventory: true })).toMatchObject({ label: "Sisa 2", soldOut: false, level: "low" })
    expect(stockState({ id: "v", inventory_quantity: 0, manage_inventory: true })).toMatchObject({ label: "Stok habis", soldOut: true })
    expect(stockState({ id: "v", inventory_quantity: 0, manage_inventory: false })).toMatchObject({ label: "Stok tersedia", soldOut: false })
    expect(stockState({ id: "v", inventory_quantity: 0, allow_backorder: true })).toMatchObject({ soldOut: false })
    expect(stockState({ id: "v" })).toMatchObject({ label: "Stok tersedia", soldOut: false })
    expect(stockState(null)).toMatchObject({ soldOut: true })
  })
})

describe("variant selection", () => {
  const variants = [
    { id: "v1", inventory_quantity: 0, manage_inventory: true, options: [{ option_id: "size", value: "S" }, { option_id: "color", value: "Merah" }] },
    { id: "v2", inventory_quantity: 3, manage_inventory: true, options: [{ option_id: "size", value: "M" }, { option_id: "color", value: "Merah" }] },
    { id: "v3", inventory_quantity: 3, manage_inventory: true, options: [{ option_id: "size", value: "M" }, { option_id: "color", value: "Biru" }] },
  ]

  it("uses ?varian= when valid, else the first variant in stock", () => {
    expect(selectVariant(variants, "v3")?.id).toBe("v3")
    expect(selectVariant(variants, "nope")?.id).toBe("v2")
    expect(selectVariant(variants, null)?.id).toBe("v2")
    expect(selectVariant([], null)).toBeNull()
  })

  it("finds the variant for chosen option values", () => {
    expect(variantForOptions(variants, { size: "M", color: "Biru" })?.id).toBe("v3")
    expect(variantForOptions(variants, { size: "S", color: "Merah" })?.id).toBe("v1")
    // no exact match: best partial match
    expect(variantForOptions(variants, { size: "S", color: "Biru" })?.id).toBe("v1")
  })
})

describe("productCard", () => {
  it("shows the cheapest variant's price, the seller and the sale's percentage", () => {
    const product = {
      id: "prod_1",
      title: "Batik Tulis",
      handle: "batik-tulis",
      thumbnail: "/static/batik.png",
      metadata: { seller: "Batik Sleman" },
      variants: [
        { id: "v1", calculated_price: { calculated_amount: 200000, original_amount: 250000 } },
        { id: "v2", calculated_price: { calculated_amount: 300000, original_amount: 300000 } },
      ],
    }
    expect(productCard(product, 20)).toEqual({
      handle: "batik-tulis",
      title: "Batik Tulis",
      thumbnail: "/static/batik.png",
      seller: "Batik Sleman",
      amount: 200000,
      original: 250000,
      from: true,
      salePercent: 20,
    })
    expect(productCard({ ...product, metadata: null }, undefined)).toMatchObject({ seller: null, salePercent: undefined })
  })
})
