import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, isHttps, securityHeaders } from "./security-headers"

describe("securityHeaders", () => {
  it("sends a CSP without inline script, nosniff, framing and referrer rules", () => {
    const h = securityHeaders({ https: false, imageOrigins: ["http://localhost:9000"] })
    const csp = h["content-security-policy"]
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("img-src 'self' data: http://localhost:9000")
    expect(h["x-content-type-options"]).toBe("nosniff")
    expect(h["x-frame-options"]).toBe("DENY")
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(h["strict-transport-security"]).toBeUndefined()
  })

  it("adds HSTS over HTTPS only", () => {
    expect(securityHeaders({ https: true })["strict-transport-security"]).toMatch(/max-age=\d+/)
  })

  it("lists each image origin once", () => {
    expect(contentSecurityPolicy(["http://a", "http://a"])).toContain("img-src 'self' data: http://a;")
  })
})

describe("isHttps", () => {
  it("trusts the URL or the proxy's X-Forwarded-Proto", () => {
    expect(isHttps(new URL("https://toko.example/"), new Headers())).toBe(true)
    expect(isHttps(new URL("http://toko.example/"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true)
    expect(isHttps(new URL("http://toko.example/"), new Headers())).toBe(false)
  })
})
