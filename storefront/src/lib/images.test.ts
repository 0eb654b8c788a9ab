import { describe, expect, it } from "vitest"
import { PLACEHOLDER_IMAGE, resolveImageUrl } from "./images"

describe("resolveImageUrl", () => {
  const base = "http://localhost:9000/"
  it("resolves relative backend paths", () => {
    expect(resolveImageUrl("/static/catalog/xyz.png", base)).toBe("http://localhost:9000/static/catalog/xyz.png")
    expect(resolveImageUrl("static/a.png", "http://localhost:9000")).toBe("http://localhost:9000/static/a.png")
  })
  it("keeps absolute URLs", () => {
    expect(resolveImageUrl("https://cdn.example.com/a.jpg", base)).toBe("https://cdn.example.com/a.jpg")
    expect(resolveImageUrl("//cdn.example.com/a.jpg", base)).toBe("//cdn.example.com/a.jpg")
  })
  it("falls back to a placeholder", () => {
    expect(resolveImageUrl(null, base)).toBe(PLACEHOLDER_IMAGE)
    expect(resolveImageUrl("  ", base)).toBe(PLACEHOLDER_IMAGE)
  })
})
