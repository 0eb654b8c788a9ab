import { describe, expect, it } from "vitest"
import { assertBatikScope, assertPercentages, assertWindow, batikTree } from "./validate"

const now = new Date("2026-10-01T00:00:00Z")
const base = { name: "Hari Batik", discount_percent: 20, starts_at: "2026-10-02T02:00:00Z", ends_at: "2026-10-16T02:00:00Z" }

describe("assertWindow", () => {
  it("accepts a future window", () => expect(() => assertWindow(base, now)).not.toThrow())
  it("accepts a window already running", () => expect(() => assertWindow(base, new Date("2026-10-05T00:00:00Z"))).not.toThrow())
  it("refuses ends_at not after starts_at", () => {
    expect(() => assertWindow({ ...base, ends_at: base.starts_at }, now)).toThrow("ends_at harus setelah starts_at")
  })
  it("refuses ends_at in the past", () => {
    expect(() => assertWindow(base, new Date("2026-10-16T02:00:00Z"))).toThrow("ends_at sudah lewat")
  })
  it("refuses garbage", () => expect(() => assertWindow({ ...base, starts_at: "kemarin" }, now)).toThrow(/tanggal/))
})

describe("assertPercentages", () => {
  it("checks every override", () => {
    expect(() => assertPercentages({ ...base, overrides: [{ product_id: "p", discount_percent: 30 }] })).not.toThrow()
    expect(() => assertPercentages({ ...base, overrides: [{ product_id: "p", discount_percent: 31 }] })).toThrow(
      /overrides\[0\]\.discount_percent/
    )
  })
})

describe("batik scope", () => {
  const categories = [
    { id: "c_batik", handle: "batik" },
    { id: "c_tulis", handle: "batik-tulis", parent_category_id: "c_batik" },
    { id: "c_cap", handle: "batik-cap-sleman", parent_category_id: "c_tulis" },
    { id: "c_kuliner", handle: "kuliner" },
  ]
  const batik = batikTree(categories)
  const catalogue = {
    batikCategoryIds: batik,
    categoryNames: new Map(categories.map((c) => [c.id, c.handle])),
    products: new Map([
      ["p_batik", { title: "Batik Tulis Parang", category_ids: ["c_cap"] }],
      ["p_salak", { title: "Bakpia Salak", category_ids: ["c_kuliner"] }],
    ]),
  }
  it("includes the children of Batik, at any depth", () => expect([...batik]).toEqual(["c_batik", "c_tulis", "c_cap"]))
  it("accepts batik categories and products", () => {
    expect(() => assertBatikScope({ ...base, category_ids: ["c_tulis"], product_ids: ["p_batik"] }, catalogue)).not.toThrow()
  })
  it("refuses an empty scope", () => expect(() => assertBatikScope(base, catalogue)).toThrow(/Cakupan kosong/))
  it("refuses a non-batik category by name", () => {
    expect(() => assertBatikScope({ ...base, category_ids: ["c_kuliner"] }, catalogue)).toThrow("bukan kategori batik: kuliner")
  })
  it("refuses a non-batik product, also as an override", () => {
    expect(() => assertBatikScope({ ...base, product_ids: ["p_salak"] }, catalogue)).toThrow("bukan produk batik: Bakpia Salak")
    expect(() =>
      assertBatikScope({ ...base, category_ids: ["c_batik"], overrides: [{ product_id: "p_salak", discount_percent: 20 }] }, catalogue)
    ).toThrow(/Bakpia Salak/)
  })
  it("refuses unknown ids", () => {
    expect(() => assertBatikScope({ ...base, product_ids: ["p_x"] }, catalogue)).toThrow("Produk tidak ditemukan: p_x")
    expect(() => assertBatikScope({ ...base, category_ids: ["c_x"] }, catalogue)).toThrow("Kategori tidak ditemukan: c_x")
  })
})
