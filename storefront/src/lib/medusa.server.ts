/**
 * The one module that creates the Medusa client (@medusajs/js-sdk). Only the
 * per-area data modules (`*.server.ts`) import it; pages and form endpoints
 * call those.
 *
 * Configuration comes from `astro:env` (schema in astro.config.mjs). All three
 * are server secrets, so Astro reads them from the environment when the
 * server runs — never baked into the build — and one build runs against any
 * backend:
 *   MEDUSA_BACKEND_URL      (default http://localhost:9000)
 *   MEDUSA_PUBLISHABLE_KEY  (required; without it every page explains that)
 *   MEDUSA_TIMEOUT_MS       (default 4000: every backend read is aborted after this)
 *   MEDUSA_WRITE_TIMEOUT_MS (default 15000: the same for writes — placing an order
 *                            runs a whole workflow, and an aborted write leaves the
 *                            shopper not knowing whether it happened)
 * A call that is known to take longer (joining a Borong Bareng deal places a
 * whole order and queues on the deal's lock) sets its own deadline with
 * `backendFetch(path, { timeoutMs })`.
 *
 * Per-user state never lives in the SDK: it is created with
 * `jwtTokenStorageMethod: "nostore"`, and every customer call passes the
 * customer's Medusa session cookie explicitly (see `authHeaders`), so the
 * instance is safe to share between concurrent requests.
 */
import Medusa from "@medusajs/js-sdk"
import { IMAGE_ORIGINS, MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, MEDUSA_TIMEOUT_MS, MEDUSA_WRITE_TIMEOUT_MS } from "astro:env/server"
import { resolveImageUrl } from "./images"
import { withCallTimeout } from "./timeout"

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ConfigError"
  }
}

export function backendUrl(): string {
  return MEDUSA_BACKEND_URL.replace(/\/+$/, "")
}

/** Origins besides the backend that product photos may come from (IMAGE_ORIGINS). */
export function extraImageOrigins(): string[] {
  return (IMAGE_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean)
}

export function publishableKey(): string {
  const key = MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!key) {
    throw new ConfigError(
      "MEDUSA_PUBLISHABLE_KEY is not set. Start the storefront with " +
        "MEDUSA_PUBLISHABLE_KEY=pk_... (a publishable API key of the Medusa backend at " +
        `${backendUrl()}).`,
    )
  }
  return key
}

/** Deadline for one backend call: reads (GET/HEAD) vs. writes. */
export function timeoutMs(method = "GET"): number {
  const m = method.toUpperCase()
  return m === "GET" || m === "HEAD" ? MEDUSA_TIMEOUT_MS : MEDUSA_WRITE_TIMEOUT_MS
}

/** What `client.fetch` takes (method, headers, body as a plain object, query…). */
type FetchInit = NonNullable<Parameters<Medusa["client"]["fetch"]>[1]>

/** `client.fetch` options plus this call's own deadline (instead of `timeoutMs(method)`). */
export type BackendInit = FetchInit & { timeoutMs?: number }

let cached: Medusa | null = null

/**
 * The shared SDK. Every request it sends is aborted after `timeoutMs(method)`,
 * or after the `timeoutMs` of a `backendFetch` call.
 */
export function getSdk(): Medusa {
  if (cached) return cached
  const sdk = new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  // Every store/auth method goes through client.fetch(input, init), which
  // hands `init` (signal included) to the global fetch.
  const send = sdk.client.fetch.bind(sdk.client)
  sdk.client.fetch = ((input, init?: BackendInit) => send(input, withCallTimeout(init, timeoutMs))) as typeof sdk.client.fetch
  cached = sdk
  return sdk
}

/**
 * The SDK's `client.fetch` for routes the SDK has no method for (the campaigns
 * plugin's store API): publishable key, JSON body and `FetchError`s (status +
 * the backend's message) as with every SDK call. `timeoutMs` overrides the
 * read/write deadline for this call only.
 */
export function backendFetch<T>(path: string, init?: BackendInit): Promise<T> {
  return getSdk().client.fetch<T>(path, init)
}

/**
 * Headers for a customer-authenticated call (or none for guests). The
 * credential is the customer's Medusa session cookie pair (`connect.sid=...`,
 * see customer.server.ts), not a bearer JWT.
 */
export function authHeaders(session: string | null | undefined): Record<string, string> {
  return session ? { cookie: session } : {}
}

/** Headers carrying a short-lived JWT (registration / login), never stored. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

/** Absolute URL for a product image (backend paths may be relative). */
export function imageUrl(url: string | null | undefined): string {
  return resolveImageUrl(url, backendUrl())
}

// ---------------------------------------------------------------------------
// Small in-memory caches for data that is the same for every visitor.

const TTL_MS = 60_000

export function memo<T>(load: () => Promise<T>, ttlMs: number = TTL_MS): () => Promise<T> {
  let value: { at: number; data: T } | null = null
  let inflight: Promise<T> | null = null
  return async () => {
    if (value && Date.now() - value.at < ttlMs) return value.data
    if (inflight) return inflight
    inflight = load()
      .then((data) => {
        value = { at: Date.now(), data }
        return data
      })
      .finally(() => {
        inflight = null
      })
    return inflight
  }
}
