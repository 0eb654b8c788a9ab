/**
 * The one module that talks to the Medusa backend (through @medusajs/js-sdk).
 *
 * Configuration is read from `process.env` at request time — never
 * `import.meta.env` — so one build can run against different backends:
 *   MEDUSA_BACKEND_URL      (default http://localhost:9000)
 *   MEDUSA_PUBLISHABLE_KEY  (required)
 *
 * Per-user state never lives in the SDK: it is created with
 * `jwtTokenStorageMethod: "nostore"`, so `sdk.auth.login/register` cannot
 * remember a token; every customer call passes `authHeaders(token)`
 * explicitly (the JWT comes from the `ps_token` cookie). That makes the
 * instance safe to share between concurrent requests.
 */
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { resolveImageUrl } from "./images"

export const DEFAULT_BACKEND_URL = "http://localhost:9000"

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ConfigError"
  }
}

export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL).replace(/\/+$/, "")
}

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!key) {
    throw new ConfigError(
      "MEDUSA_PUBLISHABLE_KEY is not set. Start the storefront with " +
        "MEDUSA_PUBLISHABLE_KEY=pk_... (a publishable API key of the Medusa backend at " +
        `${backendUrl()}).`,
    )
  }
  return key
}

let cached: { url: string; key: string; sdk: Medusa } | null = null

/** The SDK for the current env (re-created if the env changes). */
export function getSdk(): Medusa {
  const url = backendUrl()
  const key = publishableKey()
  if (!cached || cached.url !== url || cached.key !== key) {
    cached = {
      url,
      key,
      sdk: new Medusa({
        baseUrl: url,
        publishableKey: key,
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      }),
    }
  }
  return cached.sdk
}

/** Headers for a customer-authenticated call (or none for guests). */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Absolute URL for a product image (backend paths may be relative). */
export function imageUrl(url: string | null | undefined): string {
  return resolveImageUrl(url, backendUrl())
}

// ---------------------------------------------------------------------------
// Small in-memory caches for data that is the same for every visitor.

const TTL_MS = 60_000

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: { at: number; key: string; data: T } | null = null
  let inflight: { key: string; promise: Promise<T> } | null = null
  return async () => {
    const key = `${backendUrl()}|${publishableKey()}`
    if (value && value.key === key && Date.now() - value.at < TTL_MS) return value.data
    if (inflight && inflight.key === key) return inflight.promise
    const promise = load()
      .then((data) => {
        value = { at: Date.now(), key, data }
        return data
      })
      .finally(() => {
        inflight = null
      })
    inflight = { key, promise }
    return promise
  }
}

/**
 * The store's region (there is exactly one: Indonesia, IDR). Prefers a
 * region using IDR if several exist. Cached ~60 s.
 */
export const getRegion = memo(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await getSdk().store.region.list({ limit: 20, fields: "id,name,currency_code,*countries" })
  const region = regions.find((r) => r.currency_code?.toLowerCase() === "idr") ?? regions[0]
  if (!region) throw new Error("Backend has no region configured")
  return region
})

/** All product categories for the nav and home tiles. Cached ~60 s. */
export const getCategories = memo(async (): Promise<HttpTypes.StoreProductCategory[]> => {
  const { product_categories } = await getSdk().store.category.list({
    limit: 100,
    fields: "id,name,handle,description,rank,parent_category_id,+metadata",
  })
  return [...product_categories].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "id"),
  )
})

// ---------------------------------------------------------------------------
// Field selections

/** Product cards: title, thumbnail, seller (metadata) and calculated prices. */
export const PRODUCT_CARD_FIELDS =
  "id,title,handle,thumbnail,created_at,+metadata,*variants.calculated_price"

/** Product page: everything plus stock. */
export const PRODUCT_PAGE_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,+metadata,*categories"

/** Cart page / checkout: defaults plus the shipping method's name. */
export const CART_FIELDS = "+shipping_methods.id,+shipping_methods.name"
