import type { APIRoute } from "astro"
import { MAX_Q_LENGTH } from "~/features/search/search"
import { SearchUnavailableError, suggestProducts } from "~/features/search/search.server"

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Search-as-you-type for the header box: GET ?q= → an HTML fragment of at most
 * 8 `<li role="option">` suggestions (thumbnail, title with matched words in
 * <mark>, price), rendered here so the island stays tiny.
 */
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_Q_LENGTH)
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }
  if (q.length < 2) return new Response("", { headers })
  try {
    const { suggestions, corrected } = await suggestProducts(q)
    const items = suggestions.map(
      (s, i) =>
        `<li role="option" id="saran-${i}" aria-selected="false"><a href="${esc(s.href)}" tabindex="-1">` +
        `<img src="${esc(s.thumbnail)}" alt="" width="40" height="40" loading="lazy">` +
        `<span class="saran-judul">${s.title.map((p) => (p.match ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join("")}</span>` +
        (s.price ? `<span class="saran-harga">${esc(s.price)}</span>` : "") +
        `</a></li>`
    )
    const hint = corrected ? `<li class="saran-info" role="presentation">Menampilkan hasil untuk “${esc(corrected)}”</li>` : ""
    const empty = `<li class="saran-info" role="presentation">Tidak ada produk untuk “${esc(q)}”</li>`
    return new Response(items.length ? hint + items.join("") : empty, { headers })
  } catch (err) {
    if (!(err instanceof SearchUnavailableError)) console.error("[saran]", err)
    return new Response(`<li class="saran-info" role="presentation">Pencarian sedang tidak tersedia.</li>`, {
      status: 503,
      headers,
    })
  }
}
