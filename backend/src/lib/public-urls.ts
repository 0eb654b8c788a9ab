/**
 * Public URLs the backend hands out. One place, so medusa-config.ts (file-local's
 * URLs for Admin uploads) and the seed (catalogue images) agree.
 */
type Env = Record<string, string | undefined>

const trimSlash = (url: string) => url.replace(/\/+$/, "")

/** The backend's public URL (MEDUSA_BACKEND_URL), e.g. https://api.pasarsleman.id */
export function backendUrl(env: Env = process.env): string {
  return trimSlash(env.MEDUSA_BACKEND_URL || "http://localhost:9000")
}

/**
 * Where uploaded files are served from: MEDUSA_FILE_BASE_URL (a CDN in front of
 * the upload folder) or the backend's own /static.
 */
export function fileBaseUrl(env: Env = process.env): string {
  return trimSlash(env.MEDUSA_FILE_BASE_URL || `${backendUrl(env)}/static`)
}
