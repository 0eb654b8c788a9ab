import { describe, expect, it } from "vitest"
import { cartItemCount, parseQuantity } from "./cart"

describe("parseQuantity", () => {
  it("accepts whole numbers in range", () => {
    expect(parseQuantity("1")).toBe(1)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity("007")).toBe(7)
    expect(parseQuantity("999")).toBe(999)
    expect(parseQuantity("0", { min: 0 })).toBe(0)
  })

  it("rejects anything that is not a plain whole number", () => {
    for (const bad of ["0x10", "1e1", "1.5", "0.4", "1,5", "+2", "-1", "", " ", "abc", "Infinity", "1 0", "0b11"]) {
      expect(parseQuantity(bad), bad).toBeNull()
    }
  })

  it("rejects numbers out of range", () => {
    expect(parseQuantity("0")).toBeNull()
    expect(parseQuantity("1000")).toBeNull()
    expect(parseQuantity("5", { max: 4 })).toBeNull()
  })
})

describe("cartItemCount", () => {
  it("adds up quantities", () => {
    expect(cartItemCount({ items: [{ quantity: 2 }, { quantity: 3 }] as never })).toBe(5)
    expect(cartItemCount(null)).toBe(0)
  })
})
