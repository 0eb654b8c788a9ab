import { describe, expect, it } from "vitest"
import { assertDiscountPercent, discountRange, percentFor, salePrice } from "./sale-price"

describe("assertDiscountPercent", () => {
  it.each([10, 20, 30])("accepts %s", (p) => expect(assertDiscountPercent(p)).toBe(p))
  it.each([9, 31, 12.5, -5, "20", null, undefined, NaN, Infinity])("rejects %s with a 400 naming the field", (p) => {
    expect(() => assertDiscountPercent(p)).toThrow(/discount_percent harus bilangan bulat 10–30/)
    try {
      assertDiscountPercent(p)
    } catch (e: any) {
      expect(e.type).toBe("invalid_data")
    }
  })
  it("names an override's field", () => {
    expect(() => assertDiscountPercent(35, "overrides[0].discount_percent")).toThrow(/^overrides\[0\]\.discount_percent/)
  })
})

describe("salePrice", () => {
  it("rounds down to a multiple of Rp 100", () => {
    // 149.999 × 0,85 = 127.499,15 → 127.400
    expect(salePrice(149_999, 15)).toBe(127_400)
    expect(salePrice(150_000, 20)).toBe(120_000)
    expect(salePrice(125_000, 30)).toBe(87_500)
    expect(salePrice(99_950, 10)).toBe(89_900) // 89.955
  })
  it("never gives less discount than advertised", () => {
    for (let normal = 10_000; normal < 500_000; normal += 777) {
      for (const p of [10, 15, 20, 25, 30]) {
        const sale = salePrice(normal, p)
        expect(sale % 100).toBe(0)
        expect(normal - sale).toBeGreaterThanOrEqual((normal * p) / 100 - 1e-9)
      }
    }
  })
  it("refuses a bad percentage", () => expect(() => salePrice(100_000, 31)).toThrow())
})

describe("percentFor / discountRange", () => {
  const sale = { discount_percent: 20, overrides: [{ product_id: "prod_b", discount_percent: 30 }] }
  it("uses the override for its product only", () => {
    expect(percentFor("prod_b", sale)).toBe(30)
    expect(percentFor("prod_a", sale)).toBe(20)
  })
  it("spans the sale and its overrides", () => {
    expect(discountRange(sale)).toEqual({ min: 20, max: 30 })
    expect(discountRange({ discount_percent: 15 })).toEqual({ min: 15, max: 15 })
  })
})
