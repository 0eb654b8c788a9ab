import { describe, expect, it } from "vitest"
import { withCallTimeout, withTimeout } from "./timeout"

describe("withTimeout", () => {
  it("aborts after the deadline", async () => {
    const init = withTimeout<RequestInit>({ method: "GET" }, 20)
    expect(init.method).toBe("GET")
    await new Promise((r) => setTimeout(r, 40))
    expect(init.signal.aborted).toBe(true)
    expect((init.signal.reason as Error).name).toBe("TimeoutError")
  })

  it("still honours the caller's own signal", () => {
    const own = new AbortController()
    const init = withTimeout({ signal: own.signal }, 10_000)
    own.abort()
    expect(init.signal.aborted).toBe(true)
  })
})

describe("withCallTimeout", () => {
  const defaults = (method?: string) => (method === "POST" ? 30 : 10)

  it("gives a call its own longer deadline instead of the default (a Borong Bareng join)", async () => {
    const init = withCallTimeout<RequestInit>({ method: "POST", timeoutMs: 10_000 }, defaults)
    await new Promise((r) => setTimeout(r, 60))
    expect(init.signal.aborted).toBe(false)
    expect("timeoutMs" in init).toBe(false)
    expect(init.method).toBe("POST")
  })

  it("falls back to the read / write default", async () => {
    const read = withCallTimeout<RequestInit>(undefined, defaults)
    const write = withCallTimeout<RequestInit>({ method: "POST" }, defaults)
    await new Promise((r) => setTimeout(r, 20))
    expect(read.signal.aborted).toBe(true)
    expect(write.signal.aborted).toBe(false)
  })
})
