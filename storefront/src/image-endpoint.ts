/**
 * The /_image endpoint (astro.config.mjs `image.endpoint`): Astro's image
 * service (sharp) resizes and re-encodes product photos to the sizes pages
 * ask for (WebP). Unlike Astro's default endpoint it
 *  - only renders the renditions the storefront itself uses (widths, WebP,
 *    qualities: lib/image-cache.ts); anything else is a 400, so nobody can
 *    make it encode a 8,000 px AVIF,
 *  - never renders wider than the source photo (a larger width gets the
 *    largest allowed width that fits),
 *  - encodes at most two photos at a time; up to 64 others wait (at most
 *    8 s), the rest get 503 with Retry-After (a burst cannot take the storefront's CPU and memory),
 *    and identical requests in flight share one encoding,
 *  - only fetches from the configured backend (MEDUSA_BACKEND_URL, read at run
 *    time) and the origins in IMAGE_ORIGINS, so it is no open image proxy,
 *    with the same timeout as every other backend call and a size limit,
 *  - keeps encoded results in a bounded in-memory LRU keyed by the parameters
 *    that change the bytes (extra query parameters do not bust it).
 */
import type { APIRoute } from "astro"
import { getConfiguredImageService, imageConfig } from "astro:assets"
import { imageMetadata } from "astro/assets/utils"
import { ByteLru, clampWidth, Gate, GateBusyError, imageKey, isBackendImage, parseImageRequest, type ImageRequest } from "~/lib/image-cache"
import { backendUrl, extraImageOrigins, timeoutMs } from "~/lib/medusa.server"

interface Encoded {
  data: Uint8Array
  format: string
  byteLength: number
}
const cache = new ByteLru<Encoded>(32 * 1024 * 1024)
// A cold category page asks for a dozen photos at once: they queue, they are not refused.
const encoding = new Gate(2, 8000, 64)
const inFlight = new Map<string, Promise<Encoded | Response>>()
/** Product photos are a few hundred KB; anything much larger is not ours to resize. */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024
const RETRY_AFTER_SECONDS = 2

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } })

export const GET: APIRoute = async ({ url }) => {
  const parsed = parseImageRequest(url.searchParams)
  if ("error" in parsed) return text(400, parsed.error)
  const key = imageKey(parsed)
  const hit = cache.get(key)
  if (hit) return imageResponse(hit.data, hit.format)
  if (!isBackendImage(parsed.href, backendUrl(), extraImageOrigins())) return text(403, "Gambar dari alamat ini tidak diizinkan.")

  let pending = inFlight.get(key)
  if (!pending) {
    pending = render(parsed).finally(() => inFlight.delete(key))
    inFlight.set(key, pending)
  }
  const result = await pending
  if (result instanceof Response) return result.clone()
  cache.set(key, result)
  return imageResponse(result.data, result.format)
}

async function render(request: ImageRequest): Promise<Encoded | Response> {
  const service = await getConfiguredImageService()
  if (!("transform" in service) || typeof service.transform !== "function") {
    return text(500, "Layanan gambar tidak tersedia.")
  }
  let input: Buffer
  try {
    const res = await fetch(request.href, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs()) })
    if (!res.ok) return text(res.status === 404 ? 404 : 502, "Gambar tidak ditemukan.")
    if (Number(res.headers.get("content-length") ?? 0) > MAX_SOURCE_BYTES) return text(502, "Gambar sumber terlalu besar.")
    input = Buffer.from(await res.arrayBuffer())
    if (input.byteLength > MAX_SOURCE_BYTES) return text(502, "Gambar sumber terlalu besar.")
  } catch {
    return text(503, "Server toko sedang tidak tersedia.", { "retry-after": String(RETRY_AFTER_SECONDS) })
  }
  let sourceWidth: number
  try {
    sourceWidth = (await imageMetadata(input, request.href)).width
  } catch {
    return text(502, "Gambar sumber tidak dapat dibaca.")
  }
  const width = clampWidth(request.width, sourceWidth)
  const transform = {
    src: request.href,
    width,
    height: request.height === undefined ? undefined : width,
    format: request.format,
    quality: request.quality,
    fit: request.fit,
  }
  try {
    const { data, format } = await encoding.run(() => service.transform(input, transform, imageConfig))
    return { data, format, byteLength: data.byteLength }
  } catch (err) {
    if (err instanceof GateBusyError) {
      return text(503, "Terlalu banyak gambar sedang diproses. Coba lagi sebentar lagi.", { "retry-after": String(RETRY_AFTER_SECONDS) })
    }
    throw err
  }
}

function imageResponse(data: Uint8Array, format: string): Response {
  return new Response(data as unknown as BodyInit, {
    headers: {
      "content-type": `image/${format === "jpg" ? "jpeg" : format}`,
      // The URL names the source and the size: the same URL always means the same bytes.
      "cache-control": "public, max-age=604800, immutable",
    },
  })
}
