import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"
import { joinRefusal, type JoinChecks } from "./join-refusal"

const ok: JoinChecks = {
  closing: false,
  open: true,
  started: true,
  before_deadline: true,
  priced: true,
  within_shopper_max: true,
  within_cap: true,
  max_per_customer: 5,
  max_total: 10,
  total: 0,
  mine: 0,
}

describe("joinRefusal", () => {
  it("refuses nothing when every check held", () => expect(joinRefusal(ok)).toBeNull())

  it.each([
    ["a deal being closed", { closing: true, open: true }, GROUP_BUY_ERRORS.CLOSED, MedusaError.Types.NOT_ALLOWED, /sudah ditutup/],
    ["a deal not open", { open: false }, GROUP_BUY_ERRORS.NOT_OPEN, MedusaError.Types.NOT_ALLOWED, /tidak sedang dibuka/],
    ["a deal not started", { started: false }, GROUP_BUY_ERRORS.NOT_STARTED, MedusaError.Types.NOT_ALLOWED, /belum dimulai/],
    ["a deadline passed", { before_deadline: false }, GROUP_BUY_ERRORS.DEADLINE_PASSED, MedusaError.Types.NOT_ALLOWED, /sudah lewat/],
    [
      "the per-shopper maximum across joins",
      { within_shopper_max: false, mine: 4 },
      GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT,
      MedusaError.Types.INVALID_DATA,
      /batas per pembeli \(5 unit; sisa untuk Anda 1\)/,
    ],
    ["the remaining cap", { within_cap: false, total: 8 }, GROUP_BUY_ERRORS.QUOTA_EXCEEDED, MedusaError.Types.INVALID_DATA, /Kuota tidak cukup: sisa 2 unit/],
    ["a deal without a tier price", { priced: false }, GROUP_BUY_ERRORS.NOT_OPEN, MedusaError.Types.NOT_ALLOWED, /tidak bisa diikuti/],
  ])("words %s", (_name, change, code, type, message) => {
    const refusal = joinRefusal({ ...ok, ...change })
    expect(refusal).toBeInstanceOf(MedusaError)
    expect([refusal!.code, refusal!.type]).toEqual([code, type])
    expect(refusal!.message).toMatch(message)
  })

  it("explains the first failed check, in the order a shopper can act on", () => {
    expect(joinRefusal({ ...ok, closing: true, open: false, within_cap: false })!.code).toBe(GROUP_BUY_ERRORS.CLOSED)
    expect(joinRefusal({ ...ok, started: false, within_cap: false })!.code).toBe(GROUP_BUY_ERRORS.NOT_STARTED)
    expect(joinRefusal({ ...ok, within_shopper_max: false, within_cap: false })!.code).toBe(GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT)
  })

  it("never quotes a negative allowance", () => {
    expect(joinRefusal({ ...ok, within_shopper_max: false, mine: 7 })!.message).toMatch(/sisa untuk Anda 0/)
  })
})
