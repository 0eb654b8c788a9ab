import { describe, expect, it } from "vitest"
import { GROUP_BUY_STATUSES, isDue, isFinal, joinableAt, transition } from "./deal-state"

describe("transition", () => {
  it("publishes a draft", () => expect(transition("draft", "publish")).toBe("open"))
  it("closes an open deal by its target", () => {
    expect(transition("open", "close", true)).toBe("succeeded")
    expect(transition("open", "close", false)).toBe("failed")
  })
  it("cancels a draft or an open deal", () => {
    expect(transition("draft", "cancel")).toBe("cancelled")
    expect(transition("open", "cancel")).toBe("cancelled")
  })
  it("allows nothing else", () => {
    const allowed = new Set(["draft:publish", "open:close", "draft:cancel", "open:cancel"])
    for (const status of GROUP_BUY_STATUSES) {
      for (const event of ["publish", "close", "cancel"] as const) {
        if (allowed.has(`${status}:${event}`)) continue
        expect(() => transition(status, event, true)).toThrow(/tidak bisa/)
      }
    }
  })
  it("knows the final states", () => {
    expect(GROUP_BUY_STATUSES.filter(isFinal)).toEqual(["succeeded", "failed", "cancelled"])
  })
})

describe("joinableAt / isDue", () => {
  const deal = { status: "open" as const, starts_at: "2026-10-01T00:00:00Z", ends_at: "2026-10-08T00:00:00Z" }
  it("accepts joins between start and deadline", () => {
    expect(() => joinableAt(deal, new Date("2026-10-03T00:00:00Z"))).not.toThrow()
  })
  it("rejects before the start, at/after the deadline and when not open", () => {
    expect(() => joinableAt(deal, new Date("2026-09-30T23:59:59Z"))).toThrow(/belum dimulai/)
    expect(() => joinableAt(deal, new Date("2026-10-08T00:00:00Z"))).toThrow(/sudah lewat/)
    expect(() => joinableAt({ ...deal, status: "draft" }, new Date("2026-10-03T00:00:00Z"))).toThrow(/tidak sedang dibuka/)
  })
  it("is due once the deadline passed", () => {
    expect(isDue(deal, new Date("2026-10-07T23:59:59Z"))).toBe(false)
    expect(isDue(deal, new Date("2026-10-08T00:00:00Z"))).toBe(true)
    expect(isDue({ ...deal, status: "succeeded" }, new Date("2026-10-09T00:00:00Z"))).toBe(false)
  })
})
