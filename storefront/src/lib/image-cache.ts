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

/** Only photos the configured backend serves may be resized (no open image proxy). */
export function isBackendImage(src: string, backendUrl: string): boolean {
  try {
    const url = new URL(src)
    const backend = new URL(backendUrl)
    return url.origin === backend.origin && (url.protocol === "http:" || url.protocol === "https:")
  } catch {
    return false
  }
}
