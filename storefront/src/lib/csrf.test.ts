import { describe, expect, it } from "vitest"
import { isCrossSiteRequest } from "./csrf"

const h = (init: Record<string, string>) => new Headers(init)

describe("isCrossSiteRequest", () => {
  it("allows safe methods", () => {
    expect(isCrossSiteRequest("GET", h({ origin: "https://evil.example", host: "shop.test" }))).toBe(false)
  })
  it("allows same-origin posts", () => {
    expect(isCrossSiteRequest("POST", h({ origin: "http://127.0.0.1:4321", host: "127.0.0.1:4321" }))).toBe(false)
    expect(isCrossSiteRequest("POST", h({ origin: "https://shop.example", host: "localhost:4321", "x-forwarded-host": "shop.example" }))).toBe(false)
  })
  it("allows posts without browser headers (curl)", () => {
    expect(isCrossSiteRequest("POST", h({ host: "127.0.0.1:4321" }))).toBe(false)
  })
  it("refuses cross-site posts", () => {
    expect(isCrossSiteRequest("POST", h({ origin: "https://evil.example", host: "127.0.0.1:4321" }))).toBe(true)
    expect(isCrossSiteRequest("POST", h({ "sec-fetch-site": "cross-site", host: "127.0.0.1:4321" }))).toBe(true)
    expect(isCrossSiteRequest("POST", h({ origin: "null", host: "127.0.0.1:4321" }))).toBe(true)
    expect(isCrossSiteRequest("POST", h({ origin: "http://127.0.0.1:4322", host: "127.0.0.1:4321" }))).toBe(true)
  })
})
