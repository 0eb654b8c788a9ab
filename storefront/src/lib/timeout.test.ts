import { describe, expect, it } from "vitest"
import { withTimeout } from "./timeout"

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
