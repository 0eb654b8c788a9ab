import { describe, expect, it } from "vitest"
import { formatRupiah, formatRupiahOrFree } from "./money"

describe("formatRupiah", () => {
  it("formats whole rupiah with dot thousands separators and a normal space", () => {
    expect(formatRupiah(150000)).toBe("Rp 150.000")
    expect(formatRupiah(2500000)).toBe("Rp 2.500.000")
    expect(formatRupiah(10000)).toBe("Rp 10.000")
    expect(formatRupiah(999)).toBe("Rp 999")
  })

  it("formats zero", () => {
    expect(formatRupiah(0)).toBe("Rp 0")
  })

  it("never contains a non-breaking space or decimals", () => {
    const out = formatRupiah(1234567)
    expect(out).toBe("Rp 1.234.567")
    expect(out).not.toMatch(/\u00a0|\u202f|,/)
  })

  it("rounds non-integers to the nearest rupiah", () => {
    expect(formatRupiah(150000.4)).toBe("Rp 150.000")
    expect(formatRupiah(150000.5)).toBe("Rp 150.001")
    expect(formatRupiah(99.99)).toBe("Rp 100")
    expect(formatRupiah(0.4)).toBe("Rp 0")
  })

  it("formats negative amounts with a leading minus", () => {
    expect(formatRupiah(-15000)).toBe("-Rp 15.000")
    expect(formatRupiah(-0.4)).toBe("Rp 0")
  })

  it("treats non-finite input as zero", () => {
    expect(formatRupiah(Number.NaN)).toBe("Rp 0")
    expect(formatRupiah(Number.POSITIVE_INFINITY)).toBe("Rp 0")
  })
})

describe("formatRupiahOrFree", () => {
  it("shows Gratis for zero or missing amounts", () => {
    expect(formatRupiahOrFree(0)).toBe("Gratis")
    expect(formatRupiahOrFree(null)).toBe("Gratis")
    expect(formatRupiahOrFree(undefined)).toBe("Gratis")
    expect(formatRupiahOrFree(10000)).toBe("Rp 10.000")
  })
})
