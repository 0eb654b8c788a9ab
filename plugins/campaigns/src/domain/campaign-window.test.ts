import { describe, expect, it } from "vitest"
import { assertValidWindow, campaignPhase } from "./campaign-window"

const window = {
  starts_at: "2026-10-01T00:00:00+07:00",
  ends_at: "2026-10-08T00:00:00+07:00",
}

describe("campaignPhase", () => {
  it("is upcoming before the start", () => {
    expect(campaignPhase(window, new Date("2026-09-30T16:59:59Z"))).toBe("upcoming")
  })
  it("is active from the exact start", () => {
    expect(campaignPhase(window, new Date("2026-09-30T17:00:00Z"))).toBe("active")
  })
  it("has ended at the exact end (half-open window)", () => {
    expect(campaignPhase(window, new Date("2026-10-07T17:00:00Z"))).toBe("ended")
  })
})

describe("assertValidWindow", () => {
  it("accepts a window that ends after it starts", () => {
    expect(() => assertValidWindow(window)).not.toThrow()
  })
  it("rejects a window that ends before it starts, with a clear message", () => {
    expect(() =>
      assertValidWindow({ starts_at: window.ends_at, ends_at: window.starts_at })
    ).toThrow("ends_at must be later than starts_at")
  })
  it("rejects an unparseable date", () => {
    expect(() => assertValidWindow({ starts_at: "besok", ends_at: window.ends_at })).toThrow(
      "starts_at is not a valid date"
    )
  })
})
