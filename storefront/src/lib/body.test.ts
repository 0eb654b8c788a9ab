import { describe, expect, it } from "vitest"
import { BodyTooLargeError, declaredTooLarge, readLimited } from "./body"

function streamOf(chunks: number[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0
  return new ReadableStream({
    pull(controller) {
      onPull?.()
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]))
      else controller.close()
    },
  })
}

describe("declaredTooLarge", () => {
  it("compares the Content-Length with the limit", () => {
    expect(declaredTooLarge(null, 10)).toBe(false)
    expect(declaredTooLarge("10", 10)).toBe(false)
    expect(declaredTooLarge("11", 10)).toBe(true)
    expect(declaredTooLarge("524288000")).toBe(true)
    expect(declaredTooLarge("abc", 10)).toBe(true)
  })
})

describe("readLimited", () => {
  it("returns small bodies whole", async () => {
    const bytes = await readLimited(streamOf([3, 4]), 10)
    expect(bytes.byteLength).toBe(7)
  })

  it("stops reading as soon as the limit is passed", async () => {
    let pulls = 0
    const huge = streamOf(Array.from({ length: 1000 }, () => 1024), () => pulls++)
    await expect(readLimited(huge, 4096)).rejects.toBeInstanceOf(BodyTooLargeError)
    expect(pulls).toBeLessThan(10)
  })
})
