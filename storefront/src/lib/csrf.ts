/**
 * CSRF guard for form POSTs (replaces Astro's checkOrigin, see astro.config.mjs).
 * A state-changing request is refused when the browser says it is cross-site:
 * `Sec-Fetch-Site: cross-site`, or an `Origin` whose host differs from the
 * request's Host (or X-Forwarded-Host behind a proxy). Requests without those
 * headers (curl, server-to-server) are allowed; session cookies are also
 * SameSite=Lax, so browsers never attach them to cross-site POSTs.
 */
export function isCrossSiteRequest(method: string, headers: Headers): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false
  const fetchSite = headers.get("sec-fetch-site")
  if (fetchSite === "cross-site") return true
  const origin = headers.get("origin")
  if (!origin) return false
  if (origin === "null") return true
  let originHost: string
  try {
    originHost = new URL(origin).host.toLowerCase()
  } catch {
    return true
  }
  const hosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")]
    .filter((h): h is string => Boolean(h))
    .map((h) => h.toLowerCase())
  if (hosts.length === 0) return false
  return !hosts.includes(originHost)
}
