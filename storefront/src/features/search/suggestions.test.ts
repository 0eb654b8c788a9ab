import { describe, expect, it } from "vitest"
import { suggestionsHtml } from "./suggestions"

describe("suggestionsHtml", () => {
  const suggestion = {
    href: "/produk/salak",
    title: [
      { text: "Salak", match: true },
      { text: " <Pondoh>", match: false },
    ],
    thumbnail: "/p.png",
    price: "Rp 25.000",
  }

  it("renders options with matched words marked and everything escaped", () => {
    const html = suggestionsHtml("salak", [suggestion], "salak")
    expect(html).toContain('<li class="saran-info" role="presentation">Menampilkan hasil untuk “salak”</li>')
    expect(html).toContain('<li role="option" id="saran-0" aria-selected="false"><a href="/produk/salak" tabindex="-1">')
    expect(html).toContain("<mark>Salak</mark> &#60;Pondoh&#62;")
    expect(html).toContain('<span class="saran-harga">Rp 25.000</span>')
  })

  it("says when nothing matched, without echoing markup", () => {
    expect(suggestionsHtml("<b>x", [], null)).toBe('<li class="saran-info" role="presentation">Tidak ada produk untuk “&#60;b&#62;x”</li>')
  })
})
