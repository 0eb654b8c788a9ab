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
import { stringify } from "qs"
import { backendErrorFrom, unreachable } from "./backend-error"
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
 * The shared SDK, for its typed store methods (`sdk.store.cart.*`…). Every
 * request they build is sent by `backendFetch`: same deadline, same errors.
 */
export function getSdk(): Medusa {
  if (cached) return cached
  const sdk = new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  // Every store/auth method of the SDK goes through client.fetch(input, init).
  sdk.client.fetch = backendFetch as typeof sdk.client.fetch
  cached = sdk
  return sdk
}

/**
 * The storefront's one way to the backend: every SDK method (see `getSdk`) and
 * the routes the SDK has no method for (the campaigns plugin's store API,
 * search, auth) send their request here. It builds the request the way the
 * SDK's own `client.fetch` does (publishable key, JSON in and out, `query`
 * encoded with qs, `accept` other than JSON → the raw `Response`) and aborts
 * it after `timeoutMs(method)` or the call's own `timeoutMs`.
 *
 * Failures are read HERE, and only here: the SDK's `FetchError` keeps the
 * message and the status and drops the body's `type` and `code`, so this
 * function reads the error body itself and throws a `BackendError`
 * (backend-error.ts) carrying `status`, `type`, `code` and `message`. A
 * backend that does not answer (network failure, deadline) is a
 * `BackendError` without status, its `cause` the original error.
 */
export async function backendFetch<T>(path: string | URL, init?: BackendInit): Promise<T> {
  const { query, body, headers: own, ...rest } = init ?? {}
  const base = new URL(backendUrl())
  const url = new URL(`${base.pathname.replace(/\/$/, "")}/${path.toString().replace(/^\//, "")}`, base.origin)
  if (query) url.search = stringify({ ...Object.fromEntries(url.searchParams.entries()), ...query }, { skipNulls: true })

  const headers = new Headers({
    "content-type": "application/json",
    accept: "application/json",
    "x-publishable-api-key": publishableKey(),
  })
  for (const [name, value] of Object.entries(own ?? {})) {
    if (value === null) headers.delete(name)
    else headers.set(name, value as string)
  }
  const json = headers.get("content-type")?.includes("application/json")

  let response: Response
  try {
    response = await fetch(url, {
      ...withCallTimeout(rest, timeoutMs),
      headers,
      ...(body ? { body: json ? JSON.stringify(body) : (body as BodyInit) } : {}),
    })
  } catch (err) {
    throw unreachable(err)
  }
  if (response.status >= 300) throw await backendErrorFrom(response)
  return (headers.get("accept")?.includes("application/json") ? await response.json() : response) as T
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
