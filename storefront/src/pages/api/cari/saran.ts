import type { APIRoute } from "astro"
import { MAX_Q_LENGTH } from "~/features/search/search"
import { SearchUnavailableError, suggestProducts } from "~/features/search/search.server"
import { SUGGESTIONS_UNAVAILABLE_HTML, suggestionsHtml } from "~/features/search/suggestions"

/** Search-as-you-type for the header box: GET ?q= → an HTML fragment of at most 8 suggestions. */
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_Q_LENGTH)
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }
  if (q.length < 2) return new Response("", { headers })
  try {
    const { suggestions, corrected } = await suggestProducts(q)
    return new Response(suggestionsHtml(q, suggestions, corrected), { headers })
  } catch (err) {
    if (!(err instanceof SearchUnavailableError)) console.error("[saran]", err)
    return new Response(SUGGESTIONS_UNAVAILABLE_HTML, { status: 503, headers })
  }
}
