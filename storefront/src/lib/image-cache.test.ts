import { describe, expect, it } from "vitest"
import { ByteLru, isBackendImage } from "./image-cache"

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
  })
})
