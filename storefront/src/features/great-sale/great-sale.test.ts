import { describe, expect, it } from "vitest"
import { countdown, countdownLabel, discountsByProduct, discountLabel, saleBadge, type ActiveGreatSale } from "./great-sale"

const sale: ActiveGreatSale = {
  id: "gsale_1",
  name: "Great Sale Batik Sleman",
  description: null,
  starts_at: "2026-10-02T02:00:00Z",
  ends_at: "2026-10-16T02:00:00Z",
  discount_range: { min: 20, max: 30 },
  product_ids: ["p1", "p2"],
  product_discounts: [
    { product_id: "p1", discount_percent: 20 },
    { product_id: "p2", discount_percent: 30 },
  ],
}

describe("great sale helpers", () => {
  it("maps products to their advertised percentage", () => {
    const map = discountsByProduct([sale])
    expect(map.get("p2")).toBe(30)
    expect(map.get("p3")).toBeUndefined()
    expect(discountsByProduct([]).size).toBe(0)
  })
  it("shows a badge only when the API prices below the original", () => {
    expect(saleBadge(20, 228000, 285000)).toBe("-20%")
    expect(saleBadge(20, 285000, 285000)).toBeNull() // sale over, API back at normal
    expect(saleBadge(undefined, 228000, 285000)).toBeNull()
    expect(saleBadge(20, null, 285000)).toBeNull()
  })
  it("labels the range", () => {
    expect(discountLabel({ min: 20, max: 30 })).toBe("Diskon 20–30%")
    expect(discountLabel({ min: 15, max: 15 })).toBe("Diskon 15%")
  })
  it("counts down to the end, never below zero", () => {
    const now = new Date("2026-10-13T00:55:54Z")
    expect(countdown(sale.ends_at, now)).toMatchObject({ days: 3, hours: 1, minutes: 4, seconds: 6 })
    expect(countdownLabel(sale.ends_at, now)).toBe("3 hari 01:04:06")
    expect(countdownLabel(sale.ends_at, new Date("2026-10-17T00:00:00Z"))).toBe("00:00:00")
  })
})
