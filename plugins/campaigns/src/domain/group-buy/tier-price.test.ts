import { describe, expect, it } from "vitest"
import { chargeFor, nextTierFor, tierFor } from "./tier-price"

const tiers = [
  { min_quantity: 1, unit_price: 15000 },
  { min_quantity: 10, unit_price: 13500 },
  { min_quantity: 25, unit_price: 12000 },
]

describe("tierFor", () => {
  it("quotes the first tier before anyone joined", () => {
    expect(tierFor(tiers, 0).unit_price).toBe(15000)
  })
  it.each([
    [1, 15000], [9, 15000], [10, 13500], [24, 13500], [25, 12000], [1000, 12000],
  ])("a total of %i costs %i per unit", (total, price) => {
    expect(tierFor(tiers, total).unit_price).toBe(price)
  })
  it("does not depend on the order the tiers are given in", () => {
    expect(tierFor([...tiers].reverse(), 12).unit_price).toBe(13500)
  })
  it("gives every total from 0 to 100 a price that never rises", () => {
    let last = Infinity
    for (let total = 0; total <= 100; total++) {
      const price = tierFor(tiers, total).unit_price
      expect(price).toBeLessThanOrEqual(last)
      last = price
    }
  })
  it("rejects a deal without tiers", () => {
    expect(() => tierFor([], 3)).toThrow(/tingkat harga/)
  })
})

describe("nextTierFor", () => {
  it("names the next tier and the units it still needs", () => {
    expect(nextTierFor(tiers, 0)).toEqual({ min_quantity: 10, unit_price: 13500, quantity_needed: 10 })
    expect(nextTierFor(tiers, 7)).toEqual({ min_quantity: 10, unit_price: 13500, quantity_needed: 3 })
    expect(nextTierFor(tiers, 10)).toEqual({ min_quantity: 25, unit_price: 12000, quantity_needed: 15 })
  })
  it("is null once the cheapest tier is reached", () => {
    expect(nextTierFor(tiers, 25)).toBeNull()
    expect(nextTierFor(tiers, 300)).toBeNull()
  })
})

describe("chargeFor", () => {
  it("charges the final price and releases the rest (shipping unchanged)", () => {
    // 2 units at 13,500 + courier 10,000 authorised; final price 12,000
    expect(chargeFor({ quantity: 2, unit_price: 13500, amount_authorized: 37000 }, 12000)).toEqual({
      unit_price: 12000,
      amount: 34000,
      released: 3000,
    })
  })
  it("never charges more per unit than the shopper joined at", () => {
    expect(chargeFor({ quantity: 3, unit_price: 12000, amount_authorized: 36000 }, 13500)).toEqual({
      unit_price: 12000,
      amount: 36000,
      released: 0,
    })
  })
})
