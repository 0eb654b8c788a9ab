import { describe, expect, it } from "vitest"
import { formatDate, formatWib, orderStatusLabel, paymentProviderLabel } from "./format"

describe("format", () => {
  it("formats dates in Indonesian (Asia/Jakarta)", () => {
    expect(formatDate("2025-10-01T20:00:00Z")).toBe("2 Oktober 2025")
    expect(formatDate(null)).toBe("-")
    expect(formatDate("nope")).toBe("-")
  })
  it("shows campaign deadlines in WIB, with the weekday where asked", () => {
    expect(formatWib("2026-10-16T02:00:00Z")).toBe("16 Oktober 2026 pukul 09.00 WIB")
    expect(formatWib("2026-12-05T11:00:00Z", { weekday: true })).toBe("Sabtu, 5 Desember 2026 pukul 18.00 WIB")
    expect(formatWib("2026-12-05T17:00:00Z", { weekday: true })).toBe("Minggu, 6 Desember 2026 pukul 00.00 WIB")
    expect(formatWib("nope")).toBe("-")
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
