/**
 * The header search box's suggestions as the HTML fragment /api/cari/saran answers
 * with (rendered on the server, so the island stays tiny): at most 8
 * `<li role="option">` (thumbnail, title with matched words in <mark>, price).
 * Pure; every text is escaped.
 */
import type { Suggestion } from "./search.server"

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The options, or one line saying that nothing matched `q`. */
export function suggestionsHtml(q: string, suggestions: Suggestion[], corrected: string | null): string {
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
  return items.length ? hint + items.join("") : empty
}

/** What the box shows while search is down. */
export const SUGGESTIONS_UNAVAILABLE_HTML = `<li class="saran-info" role="presentation">Pencarian sedang tidak tersedia.</li>`
