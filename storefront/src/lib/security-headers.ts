/**
 * Security headers for every page and endpoint (set in the middleware).
 * No inline script runs anywhere: progressive enhancement lives in
 * /enhance.js, so `script-src 'self'` needs no hash or nonce. Inline
 * `style=""` attributes are allowed (style-src 'unsafe-inline'); they cannot
 * run code.
 */
export function contentSecurityPolicy(imageOrigins: string[] = []): string {
  const img = ["'self'", "data:", ...new Set(imageOrigins)].join(" ")
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img}`,
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ")
}

/** True when the shopper reached us over HTTPS (directly or behind a TLS proxy). */
export function isHttps(url: URL, headers: Headers): boolean {
  if (url.protocol === "https:") return true
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https"
}

export function securityHeaders(opts: { https: boolean; imageOrigins?: string[] }): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy(opts.imageOrigins),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  }
  // HSTS over plain HTTP is meaningless (and ignored); only send it on HTTPS.
  if (opts.https) headers["strict-transport-security"] = "max-age=31536000; includeSubDomains"
  return headers
}
