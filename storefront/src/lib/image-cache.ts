/**
 * A small byte-bounded LRU for resized images (pure; used by the /_image
 * endpoint so each size of each product photo is encoded once per process).
 */
export class ByteLru<V extends { byteLength: number }> {
  private map = new Map<string, V>()
  private bytes = 0
  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key)
    if (v === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, v)
    return v
  }

  set(key: string, value: V): void {
    if (value.byteLength > this.maxBytes) return
    const old = this.map.get(key)
    if (old) {
      this.bytes -= old.byteLength
      this.map.delete(key)
    }
    this.map.set(key, value)
    this.bytes += value.byteLength
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break
      this.map.delete(k)
      this.bytes -= v.byteLength
    }
  }

  get size(): number {
    return this.bytes
  }
}

/**
 * Only photos the configured backend (or an extra origin named in
 * IMAGE_ORIGINS, e.g. a CDN) serves may be resized: no open image proxy.
 */
export function isBackendImage(src: string, backendUrl: string, extraOrigins: string[] = []): boolean {
  try {
    const url = new URL(src)
    if (url.protocol !== "http:" && url.protocol !== "https:") return false
    const allowed = [backendUrl, ...extraOrigins].map((o) => {
      try {
        return new URL(o).origin
      } catch {
        return null
      }
    })
    return allowed.includes(url.origin)
  } catch {
    return false
  }
}

/**
 * What /_image will render: only the renditions the storefront itself asks
 * for (lib/images.server.ts via ProductImage and the product page), so one
 * cannot make it encode arbitrary sizes, formats or qualities:
 *  - widths: cards 160/240/330/400/480, campaign cards 240/330/360/400/480,
 *    the product photo 360/480, thumbnails 40/64/72 at 1x and 2x (80/128/144);
 *  - WebP only;
 *  - qualities 45 (default) and 60 (the product photo).
 * Add a width here when a page starts showing a new size.
 */
export const IMAGE_WIDTHS = [40, 64, 72, 80, 128, 144, 160, 240, 330, 360, 400, 480] as const
export const IMAGE_FORMATS = ["webp"] as const
export const IMAGE_QUALITIES = ["45", "60"] as const
export const IMAGE_FITS = ["cover"] as const

export interface ImageRequest {
  href: string
  width: number
  /** Square renditions: the height equals the width when given. */
  height?: number
  format: (typeof IMAGE_FORMATS)[number]
  quality: (typeof IMAGE_QUALITIES)[number]
  fit?: (typeof IMAGE_FITS)[number]
}

/** The request's rendition, or why it is refused (an Indonesian 400 message). */
export function parseImageRequest(params: URLSearchParams): ImageRequest | { error: string } {
  const href = params.get("href")
  if (!href) return { error: "Alamat gambar (href) wajib diisi." }
  const w = params.get("w") ?? ""
  const width = Number(w)
  if (!/^\d{1,5}$/.test(w) || !(IMAGE_WIDTHS as readonly number[]).includes(width)) {
    return { error: `Lebar gambar tidak didukung. Lebar yang tersedia: ${IMAGE_WIDTHS.join(", ")}.` }
  }
  const h = params.get("h")
  if (h !== null && Number(h) !== width) return { error: "Tinggi gambar harus sama dengan lebarnya." }
  const format = params.get("f") ?? ""
  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) return { error: "Format gambar tidak didukung (hanya webp)." }
  const quality = params.get("q") ?? "45"
  if (!(IMAGE_QUALITIES as readonly string[]).includes(quality)) return { error: "Kualitas gambar tidak didukung." }
  const fit = params.get("fit")
  if (fit !== null && !(IMAGE_FITS as readonly string[]).includes(fit)) return { error: "Mode potong gambar tidak didukung." }
  return {
    href,
    width,
    ...(h !== null ? { height: width } : {}),
    format: format as ImageRequest["format"],
    quality: quality as ImageRequest["quality"],
    ...(fit ? { fit: fit as ImageRequest["fit"] } : {}),
  }
}

/** The cache key: only what changes the bytes, in one order (extra or reordered parameters do not bust the cache). */
export function imageKey(r: ImageRequest): string {
  return JSON.stringify([r.href, r.width, r.height ?? null, r.format, r.quality, r.fit ?? null])
}

/** Never wider than the source: the largest allowed width that fits it (or the smallest there is). */
export function clampWidth(width: number, sourceWidth: number): number {
  if (width <= sourceWidth) return width
  const fits = IMAGE_WIDTHS.filter((w) => w <= sourceWidth)
  return fits.length ? fits[fits.length - 1] : IMAGE_WIDTHS[0]
}

export class GateBusyError extends Error {}

/**
 * At most `limit` tasks at a time; others wait up to `maxWaitMs` in a queue of
 * at most `maxQueue`, then fail with GateBusyError (the endpoint's 503).
 */
export class Gate {
  private running = 0
  private readonly queue: Array<{ start: () => void; timer: ReturnType<typeof setTimeout> }> = []
  constructor(
    private readonly limit: number,
    private readonly maxWaitMs: number,
    private readonly maxQueue: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await this.wait()
    else this.running++
    try {
      return await task()
    } finally {
      const next = this.queue.shift()
      if (next) {
        clearTimeout(next.timer)
        next.start()
      } else {
        this.running--
      }
    }
  }

  private wait(): Promise<void> {
    if (this.queue.length >= this.maxQueue) return Promise.reject(new GateBusyError("busy"))
    return new Promise<void>((resolve, reject) => {
      const entry = {
        start: resolve,
        timer: setTimeout(() => {
          const i = this.queue.indexOf(entry)
          if (i >= 0) this.queue.splice(i, 1)
          reject(new GateBusyError("busy"))
        }, this.maxWaitMs),
      }
      this.queue.push(entry)
    })
  }

  get active(): number {
    return this.running
  }
}
