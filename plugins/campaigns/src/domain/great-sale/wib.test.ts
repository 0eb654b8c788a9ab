import { describe, expect, it } from "vitest"
import { dateToWibInput, formatWib, wibInputToDate } from "./wib"

describe("WIB", () => {
  it("shows a UTC instant in Jakarta time", () => {
    expect(formatWib(new Date("2026-10-02T02:00:00Z"))).toBe("2 Oktober 2026 pukul 09.00 WIB")
    // 17:30 UTC is already the next day in Jakarta
    expect(formatWib("2026-10-15T17:30:00Z")).toBe("16 Oktober 2026 pukul 00.30 WIB")
  })
  it("reads a WIB form value as UTC+7", () => {
    expect(wibInputToDate("2026-10-02T09:00").toISOString()).toBe("2026-10-02T02:00:00.000Z")
    expect(wibInputToDate("2026-10-02T03:00").toISOString()).toBe("2026-10-01T20:00:00.000Z")
    expect(() => wibInputToDate("besok")).toThrow()
  })
  it("round-trips the form value", () => {
    expect(dateToWibInput(wibInputToDate("2026-12-31T23:59"))).toBe("2026-12-31T23:59")
  })
})
