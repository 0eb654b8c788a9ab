/**
 * Product image URLs from the backend may be relative (`/static/catalog/x.png`,
 * served by the Medusa backend). Resolve them against the backend URL.
 */
export const PLACEHOLDER_IMAGE = "/placeholder.svg"

export function resolveImageUrl(url: string | null | undefined, backendUrl: string): string {
  if (!url) return PLACEHOLDER_IMAGE
  const trimmed = url.trim()
  if (!trimmed) return PLACEHOLDER_IMAGE
  if (/^(https?:)?\/\//i.test(trimmed) || /^data:image\//i.test(trimmed)) return trimmed
  const base = backendUrl.replace(/\/+$/, "")
  return trimmed.startsWith("/") ? `${base}${trimmed}` : `${base}/${trimmed}`
}
