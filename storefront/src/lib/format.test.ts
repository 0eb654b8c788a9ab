import { describe, expect, it } from "vitest"
import { formatDate, orderStatusLabel, paymentProviderLabel } from "./format"

describe("format", () => {
  it("formats dates in Indonesian (Asia/Jakarta)", () => {
    expect(formatDate("2025-10-01T20:00:00Z")).toBe("2 Oktober 2025")
    expect(formatDate(null)).toBe("-")
    expect(formatDate("nope")).toBe("-")
  })
  it("labels order states", () => {
    expect(orderStatusLabel("pending")).toBe("Diproses")
    expect(orderStatusLabel("canceled")).toBe("Dibatalkan")
    expect(orderStatusLabel(undefined)).toBe("Diproses")
  })
  it("labels the system payment provider", () => {
    expect(paymentProviderLabel("pp_system_default")).toBe("Transfer bank manual / Bayar di tempat (COD)")
  })
})
