import { describe, expect, it } from "vitest"
import { assertNoOverlap, findOverlaps, windowsOverlap } from "./overlap"

const d = (day: number) => new Date(Date.UTC(2026, 9, day))
const live = [
  { id: "gs_1", name: "Hari Batik", starts_at: d(2), ends_at: d(9), product_ids: ["p1", "p2"] },
  { id: "gs_2", name: "Akhir Tahun", starts_at: d(20), ends_at: d(30), product_ids: ["p3"] },
]

describe("overlap", () => {
  it("touching windows do not overlap (end is exclusive)", () => {
    expect(windowsOverlap({ starts_at: d(9), ends_at: d(10), product_ids: [] }, live[0])).toBe(false)
    expect(windowsOverlap({ starts_at: d(1), ends_at: d(2), product_ids: [] }, live[0])).toBe(false)
    expect(windowsOverlap({ starts_at: d(8), ends_at: d(10), product_ids: [] }, live[0])).toBe(true)
    expect(windowsOverlap({ starts_at: d(1), ends_at: d(31), product_ids: [] }, live[0])).toBe(true)
  })
  it("needs both time and a shared product", () => {
    expect(findOverlaps({ starts_at: d(5), ends_at: d(25), product_ids: ["p9"] }, live)).toEqual([])
    expect(findOverlaps({ starts_at: d(10), ends_at: d(19), product_ids: ["p1", "p3"] }, live)).toEqual([])
    expect(findOverlaps({ starts_at: d(5), ends_at: d(25), product_ids: ["p2", "p3", "p4"] }, live)).toEqual([
      { sale_id: "gs_1", sale_name: "Hari Batik", product_ids: ["p2"] },
      { sale_id: "gs_2", sale_name: "Akhir Tahun", product_ids: ["p3"] },
    ])
  })
  it("ignores the sale being edited", () => {
    expect(findOverlaps({ id: "gs_1", starts_at: d(3), ends_at: d(5), product_ids: ["p1"] }, live)).toEqual([])
  })
  it("names the sale and the products in the 400", () => {
    expect(() =>
      assertNoOverlap({ starts_at: d(5), ends_at: d(6), product_ids: ["p1"] }, live, (id) => `Batik ${id}`)
    ).toThrow('Bertabrakan waktunya dengan Great Sale lain: "Hari Batik" (gs_1) pada produk Batik p1')
  })
})
