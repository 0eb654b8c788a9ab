import { describe, expect, it } from "vitest"
import { ByteLru, clampWidth, Gate, GateBusyError, IMAGE_WIDTHS, imageKey, isBackendImage, parseImageRequest } from "./image-cache"

const buf = (n: number) => new Uint8Array(n)

describe("ByteLru", () => {
  it("keeps the most recently used entries within the byte budget", () => {
    const lru = new ByteLru<Uint8Array>(10)
    lru.set("a", buf(4))
    lru.set("b", buf(4))
    expect(lru.get("a")?.byteLength).toBe(4) // a is now newest
    lru.set("c", buf(4)) // evicts b
    expect(lru.get("b")).toBeUndefined()
    expect(lru.get("a")).toBeDefined()
    expect(lru.get("c")).toBeDefined()
    expect(lru.size).toBe(8)
    lru.set("huge", buf(11))
    expect(lru.get("huge")).toBeUndefined()
  })
})

describe("isBackendImage", () => {
  it("accepts the backend's own images only", () => {
    expect(isBackendImage("http://localhost:9000/static/catalog/a.png", "http://localhost:9000")).toBe(true)
    expect(isBackendImage("http://localhost:9001/static/a.png", "http://localhost:9000")).toBe(false)
    expect(isBackendImage("http://169.254.169.254/latest", "http://localhost:9000")).toBe(false)
    expect(isBackendImage("file:///etc/passwd", "http://localhost:9000")).toBe(false)
    expect(isBackendImage("not a url", "http://localhost:9000")).toBe(false)
    expect(isBackendImage("https://cdn.example/p/a.png", "http://localhost:9000", ["https://cdn.example", "bad"])).toBe(true)
  })
})

const params = (q: string) => new URLSearchParams(q)
const HREF = "http://localhost:9000/static/kopi.png"

describe("parseImageRequest", () => {
  it("accepts the renditions the storefront asks for", () => {
    expect(parseImageRequest(params(`href=${HREF}&w=330&h=330&f=webp&q=45&fit=cover`))).toEqual({
      href: HREF, width: 330, height: 330, format: "webp", quality: "45", fit: "cover",
    })
    expect(parseImageRequest(params(`href=${HREF}&w=480&f=webp&q=60`))).toMatchObject({ width: 480, quality: "60" })
  })

  it("refuses other widths, formats, qualities, shapes and fits with an Indonesian message", () => {
    for (const q of [
      `href=${HREF}&w=8001&f=webp`,
      `href=${HREF}&w=6001&f=avif`,
      `href=${HREF}&w=481&f=webp`,
      `href=${HREF}&w=330.0&f=webp`,
      `href=${HREF}&f=webp`,
      `href=${HREF}&w=330&f=avif`,
      `href=${HREF}&w=330&f=png`,
      `href=${HREF}&w=330&f=webp&q=100`,
      `href=${HREF}&w=330&h=5000&f=webp`,
      `href=${HREF}&w=330&f=webp&fit=fill`,
      `w=330&f=webp`,
    ]) {
      const r = parseImageRequest(params(q))
      expect("error" in r && r.error, q).toMatch(/gambar/i)
    }
  })

  it("covers every width the pages render (cards, campaign cards, product photo, thumbnails at 1x and 2x)", () => {
    const used = [160, 240, 330, 400, 480, 360, ...[40, 64, 72].flatMap((w) => [w, 2 * w])]
    for (const w of used) expect(IMAGE_WIDTHS).toContain(w)
    expect(Math.max(...IMAGE_WIDTHS)).toBeLessThanOrEqual(1200)
  })
})

describe("imageKey", () => {
  it("depends only on what changes the bytes", () => {
    const a = parseImageRequest(params(`href=${HREF}&w=330&h=330&f=webp&q=45&fit=cover`))
    const b = parseImageRequest(params(`fit=cover&q=45&f=webp&h=330&w=330&href=${HREF}&cachebust=1&position=top`))
    const c = parseImageRequest(params(`href=${HREF}&w=240&h=240&f=webp&q=45&fit=cover`))
    if ("error" in a || "error" in b || "error" in c) throw new Error("unexpected")
    expect(imageKey(a)).toBe(imageKey(b))
    expect(imageKey(a)).not.toBe(imageKey(c))
  })
})

describe("clampWidth", () => {
  it("never goes above the source: the largest allowed width that fits", () => {
    expect(clampWidth(330, 480)).toBe(330)
    expect(clampWidth(480, 400)).toBe(400)
    expect(clampWidth(480, 350)).toBe(330)
    expect(clampWidth(64, 20)).toBe(40)
  })
})

describe("Gate", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  it("runs at most `limit` at once, queues the rest briefly, refuses past the wait or the queue", async () => {
    const gate = new Gate(2, 50, 2)
    let running = 0
    let most = 0
    const task = (ms: number) => gate.run(async () => {
      most = Math.max(most, ++running)
      await sleep(ms)
      running--
      return ms
    })
    const results = await Promise.allSettled([task(20), task(20), task(10), task(10), task(10)])
    expect(most).toBe(2)
    expect(results.slice(0, 4).map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"])
    expect(results[4].status === "rejected" && results[4].reason).toBeInstanceOf(GateBusyError)

    const slow = [task(200), task(200)]
    const waited = await Promise.allSettled([task(1)])
    expect(waited[0].status === "rejected" && waited[0].reason).toBeInstanceOf(GateBusyError)
    await Promise.all(slow)
    expect(gate.active).toBe(0)
  })
})
