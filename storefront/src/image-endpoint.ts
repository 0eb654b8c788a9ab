/**
 * The /_image endpoint (astro.config.mjs `image.endpoint`): Astro's image
 * service (sharp) resizes and re-encodes product photos to the sizes pages
 * ask for (WebP). Unlike Astro's default endpoint it
 *  - only fetches from the configured backend (MEDUSA_BACKEND_URL, read at run
 *    time), so it is no open image proxy,
 *  - gives that fetch the same timeout as every other backend call,
 *  - keeps encoded results in a bounded in-memory LRU (encoding is the costly part).
 */
import type { APIRoute } from "astro"
import { getConfiguredImageService, imageConfig } from "astro:assets"
import { ByteLru, isBackendImage } from "~/lib/image-cache"
import { backendUrl, timeoutMs } from "~/lib/medusa.server"

interface Encoded {
  data: Uint8Array
  format: string
  byteLength: number
}
const cache = new ByteLru<Encoded>(32 * 1024 * 1024)

export const GET: APIRoute = async ({ url }) => {
  const key = url.search
  const hit = cache.get(key)
  if (hit) return imageResponse(hit.data, hit.format)

  const service = await getConfiguredImageService()
  if (!("transform" in service) || typeof service.transform !== "function" || !service.parseURL) {
    return new Response("Image service unavailable", { status: 500 })
  }
  const transform = await service.parseURL(url, imageConfig)
  if (!transform?.src || typeof transform.src !== "string") return new Response("Invalid request", { status: 400 })
  if (!isBackendImage(transform.src, backendUrl())) return new Response("Forbidden", { status: 403 })

  let input: Buffer
  try {
    const res = await fetch(transform.src, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs()) })
    if (!res.ok) return new Response("Not found", { status: res.status === 404 ? 404 : 502 })
    input = Buffer.from(await res.arrayBuffer())
  } catch {
    return new Response("Backend unavailable", { status: 503 })
  }
  const { data, format } = await service.transform(input, transform, imageConfig)
  cache.set(key, { data, format, byteLength: data.byteLength })
  return imageResponse(data, format)
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
