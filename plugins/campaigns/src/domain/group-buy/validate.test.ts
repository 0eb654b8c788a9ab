import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"
import { assertJoinQuantity, assertValidDeal, dealProblems } from "./validate"

const now = new Date("2026-10-01T00:00:00Z")
const ctx = { normal_price: 15000, stock: 100, now }
const good = {
  tiers: [
    { min_quantity: 1, unit_price: 15000 },
    { min_quantity: 10, unit_price: 13500 },
  ],
  starts_at: "2026-10-01T00:00:00Z",
  ends_at: "2026-10-08T00:00:00Z",
  target_quantity: 10,
  max_per_customer: 5,
  max_total: 50,
}

describe("dealProblems", () => {
  it("accepts a sound deal", () => expect(dealProblems(good, ctx)).toEqual([]))
  it.each([
    ["tiers not starting at 1", { tiers: [{ min_quantity: 2, unit_price: 15000 }] }, /mulai dari 1/],
    ["prices not strictly decreasing", { tiers: [{ min_quantity: 1, unit_price: 14000 }, { min_quantity: 5, unit_price: 14000 }] }, /lebih murah/],
    ["quantities not increasing", { tiers: [{ min_quantity: 1, unit_price: 14000 }, { min_quantity: 1, unit_price: 13000 }] }, /lebih besar/],
    ["a price above the normal price", { tiers: [{ min_quantity: 1, unit_price: 15001 }] }, /harga normal/],
    ["a zero price", { tiers: [{ min_quantity: 1, unit_price: 0 }] }, /lebih dari 0/],
    ["no tiers", { tiers: [] }, /minimal satu/],
    ["a deadline in the past", { ends_at: "2026-09-30T00:00:00Z", starts_at: "2026-09-01T00:00:00Z" }, /sudah lewat/],
    ["a deadline before the start", { starts_at: "2026-10-09T00:00:00Z" }, /setelah tanggal mulai/],
    ["a target above the cap", { target_quantity: 51 }, /Target/],
    ["a cap above the stock", { max_total: 101, target_quantity: 10 }, /stok/],
    ["a per-shopper maximum of 0", { max_per_customer: 0 }, /max_per_customer/],
  ])("rejects %s", (_name, change, message) => {
    const problems = dealProblems({ ...good, ...(change as object) }, ctx)
    expect(problems.join("; ")).toMatch(message)
  })
  it("throws one INVALID_DATA error listing the problems", () => {
    try {
      assertValidDeal({ ...good, target_quantity: 102, max_total: 101 }, ctx)
      expect.unreachable()
    } catch (e: any) {
      expect(e).toBeInstanceOf(MedusaError)
      expect(e.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(e.message).toMatch(/Target.*stok/)
      expect(e.code).toBe(GROUP_BUY_ERRORS.INVALID_DEAL)
    }
  })
})

describe("assertJoinQuantity", () => {
  it("accepts a whole number of at least 1", () => {
    expect(() => assertJoinQuantity(5)).not.toThrow()
  })
  it.each([[0], [-1], [1.5], ["2"], [null], [Number.NaN]])("rejects %s", (q) => {
    expect(() => assertJoinQuantity(q)).toThrow(/bilangan bulat/)
  })
  it("carries the stable code", () => {
    try {
      assertJoinQuantity(0)
      expect.unreachable()
    } catch (e: any) {
      expect(e.code).toBe(GROUP_BUY_ERRORS.INVALID_QUANTITY)
    }
  })
})
