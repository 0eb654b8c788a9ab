import { describe, expect, it } from "vitest"
import { MAX_BODY_DEPTH, nestsDeeperThan } from "./body-depth"

function nested(depth: number) {
  let value: unknown = "leaf"
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value]
  return value
}

describe("nestsDeeperThan", () => {
  it("accepts ordinary bodies up to the limit", () => {
    expect(nestsDeeperThan({ quantity: 1, metadata: { gift: { note: "untuk ibu" } } })).toBe(false)
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH))).toBe(false)
    expect(nestsDeeperThan("text")).toBe(false)
    expect(nestsDeeperThan(null)).toBe(false)
  })

  it("refuses one level more, and a 100,000-level body without overflowing", () => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1))).toBe(true)
    expect(nestsDeeperThan(nested(100_000))).toBe(true)
    expect(nestsDeeperThan({ a: 1, b: nested(5) }, 4)).toBe(true)
  })
})
