import { describe, expect, it } from "vitest"
import { greatSaleStatus, isLive } from "./status"

const starts_at = new Date("2026-10-02T02:00:00Z")
const ends_at = new Date("2026-10-16T02:00:00Z")
const before = new Date("2026-10-01T00:00:00Z")
const during = new Date("2026-10-05T00:00:00Z")

describe("greatSaleStatus", () => {
  it("is draft until activated, whatever the dates", () => {
    expect(greatSaleStatus({ starts_at, ends_at }, before)).toBe("draft")
    expect(greatSaleStatus({ starts_at, ends_at }, during)).toBe("draft")
  })
  it("follows the dates once activated, boundaries inclusive at the start", () => {
    const sale = { starts_at, ends_at, activated_at: before }
    expect(greatSaleStatus(sale, before)).toBe("scheduled")
    expect(greatSaleStatus(sale, new Date(starts_at.getTime() - 1))).toBe("scheduled")
    expect(greatSaleStatus(sale, starts_at)).toBe("active")
    expect(greatSaleStatus(sale, during)).toBe("active")
    expect(greatSaleStatus(sale, new Date(ends_at.getTime() - 1))).toBe("active")
    expect(greatSaleStatus(sale, ends_at)).toBe("ended")
  })
  it("is cancelled once cancelled, even while its dates run", () => {
    expect(greatSaleStatus({ starts_at, ends_at, activated_at: before, cancelled_at: during }, during)).toBe("cancelled")
  })
  it("accepts ISO strings", () => {
    expect(greatSaleStatus({ starts_at: starts_at.toISOString(), ends_at: ends_at.toISOString(), activated_at: "x" }, during)).toBe("active")
  })
  it("only scheduled and active sales are live", () => {
    expect(["draft", "scheduled", "active", "ended", "cancelled"].filter((s) => isLive(s as any))).toEqual(["scheduled", "active"])
  })
})
