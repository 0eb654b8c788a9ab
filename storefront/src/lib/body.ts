/**
 * Request body limits. Forms here need a few KB; anything far bigger is
 * refused with 413 — by its Content-Length before a byte is read, and, for
 * bodies without one (chunked), while reading, as soon as the limit is passed.
 */
export const MAX_BODY_BYTES = 64 * 1024

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`request body larger than ${limit} bytes`)
    this.name = "BodyTooLargeError"
  }
}

/** True when the declared Content-Length is above the limit (or not a number). */
export function declaredTooLarge(contentLength: string | null, limit = MAX_BODY_BYTES): boolean {
  if (contentLength === null) return false
  if (!/^\d+$/.test(contentLength.trim())) return true
  return Number(contentLength) > limit
}

/** Reads the whole stream, or throws BodyTooLargeError once more than `limit` bytes arrived. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(new ArrayBuffer(0))
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(new ArrayBuffer(size))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

export function payloadTooLarge(): Response {
  return new Response("Data yang dikirim terlalu besar (payload too large).", {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
  })
}
