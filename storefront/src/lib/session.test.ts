import { describe, expect, it } from "vitest"
import { infoMessage } from "./messages"
import { safePath, withParams } from "./session"

describe("safePath", () => {
  it("accepts same-site paths only", () => {
    expect(safePath("/produk/batik?varian=v1")).toBe("/produk/batik?varian=v1")
    expect(safePath("//evil.example")).toBe("/")
    expect(safePath("/\\evil.example")).toBe("/")
    expect(safePath("https://evil.example")).toBe("/")
    expect(safePath(null, "/keranjang")).toBe("/keranjang")
    expect(safePath("/a\r\nSet-Cookie: x")).toBe("/")
  })

  it("never lets a path turn into another origin once normalised", () => {
    for (const bad of ["/.//evil.example", "//evil.example", "/\\evil.example", "/\\/evil.example", "https://evil.example", "javascript:alert(1)", "/..//evil.example", "/./\\evil.example", "\t//evil.example"]) {
      expect(safePath(bad, "/akun"), bad).toBe("/akun")
    }
    // Encoded slashes stay encoded: a path on this site, not a host.
    expect(safePath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example")
    expect(safePath("/%5Cevil.example")).toBe("/%5Cevil.example")
    expect(safePath("/produk/../keranjang?x=1#y")).toBe("/keranjang?x=1#y")
  })
})

describe("withParams", () => {
  it("adds and replaces params and keeps the path", () => {
    expect(withParams("/produk/a?varian=v1", { error: "stok_tidak_cukup" })).toBe("/produk/a?varian=v1&error=stok_tidak_cukup")
    expect(withParams("/produk/a?varian=v1&error=umum", { info: "ditambahkan" })).toBe("/produk/a?varian=v1&info=ditambahkan")
    expect(withParams("/checkout", { error: "umum" }, "pengiriman")).toBe("/checkout?error=umum#pengiriman")
  })
})

describe("infoMessage", () => {
  it("only knows fixed codes", () => {
    expect(infoMessage("ditambahkan")).toBe("Produk ditambahkan ke keranjang.")
    expect(infoMessage("<b>x</b>")).toBeNull()
    expect(infoMessage(null)).toBeNull()
  })
})
