// @pasar-sleman/test-support: what the integration tests (backend/integration-tests),
// the e2e tests (e2e/tests) and the benches (scripts/bench) share — admin login,
// customer registration and login, polling with a deadline, percentiles.
// Plain ESM JavaScript (types in index.d.ts) so that Node, vitest and Playwright
// load it as it is, without a build step. HTTP goes through the global fetch
// against the backend's base URL (e.g. "http://localhost:9000").
// Setup that does not succeed throws, with the status and the backend's message:
// a bench must never measure 401s because its logins failed.

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// ── HTTP ──────────────────────────────────────────────────────────────────────

/** One JSON request to the backend; resolves with `{ status, data }` whatever the status. */
export async function request(backend, method, path, { body, headers = {} } = {}) {
  const res = await fetch(`${backend}${path}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let data
  try {
    data = text ? JSON.parse(text) : {}
  } catch {
    data = { message: text }
  }
  return { status: res.status, data }
}

/** Like `request`, but anything other than a 2xx answer throws (setup fails loudly). */
export async function mustRequest(backend, method, path, options) {
  const { status, data } = await request(backend, method, path, options)
  if (status < 200 || status >= 300) {
    throw new Error(`${method} ${path} answered ${status}: ${data.message ?? JSON.stringify(data)}`)
  }
  return data
}

/** `{ authorization: "Bearer <token>" }` */
export const bearer = (token) => ({ authorization: `Bearer ${token}` })

// ── Logins ────────────────────────────────────────────────────────────────────

/**
 * The i-th address of the benchmarking range 198.18.0.0/15 (RFC 2544), i < 131072.
 * Sent as X-Forwarded-For, which the backend believes from loopback (its default
 * trusted proxy): many logins from one machine then come from distinct clients and
 * never trip the login throttle's per-address limit.
 */
export function clientAddress(i) {
  if (!Number.isInteger(i) || i < 0 || i >= 2 ** 17) throw new RangeError(`clientAddress: ${i} is not in 0…131071`)
  return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`
}

async function emailpassLogin(backend, actor, { email, password }, { clientAddress: from } = {}) {
  const { status, data } = await request(backend, "POST", `/auth/${actor}/emailpass`, {
    body: { email, password },
    headers: from ? { "x-forwarded-for": from } : {},
  })
  if (status !== 200 || typeof data.token !== "string") {
    throw new Error(`${actor === "user" ? "admin" : "customer"} login as ${email} failed: ${status} ${data.message ?? ""}`.trim())
  }
  return data.token
}

/** Bearer token of an admin user (POST /auth/user/emailpass). Throws if the login is refused. */
export function adminLogin(backend, credentials, options) {
  return emailpassLogin(backend, "user", credentials, options)
}

/** Bearer token of a customer (POST /auth/customer/emailpass). Throws if the login is refused. */
export function customerLogin(backend, credentials, options) {
  return emailpassLogin(backend, "customer", credentials, options)
}

/**
 * Registers a shopper through the store API, as the storefront does: register the
 * email/password identity, create the customer (`customer`: more fields such as
 * first_name), then, unless `login: false`, log in (from `clientAddress` if given).
 * Resolves with the customer's id and email, and after the login its token and the
 * headers of a logged-in store request (publishable key + bearer).
 */
export async function registerCustomer(backend, { publishableKey, email, password, customer = {}, login = true, clientAddress: from }) {
  // The backend limits registrations per client address: a caller that plays many
  // shoppers gives each its own address (X-Forwarded-For), for every step.
  const forwarded = from ? { "x-forwarded-for": from } : {}
  const registered = await request(backend, "POST", "/auth/customer/emailpass/register", { body: { email, password }, headers: forwarded })
  if (registered.status !== 200 || typeof registered.data.token !== "string") {
    throw new Error(`registering ${email} failed: ${registered.status} ${registered.data.message ?? ""}`.trim())
  }
  const store = { "x-publishable-api-key": publishableKey }
  const { customer: created } = await mustRequest(backend, "POST", "/store/customers", {
    body: { email, ...customer },
    headers: { ...store, ...bearer(registered.data.token), ...forwarded },
  })
  if (!login) return { id: created.id, email }
  const token = await customerLogin(backend, { email, password }, { clientAddress: from })
  return { id: created.id, email, token, headers: { ...store, ...bearer(token) } }
}

// ── Concurrency and polling ──────────────────────────────────────────────────

/** Runs `fn(item, index)` over `items` with at most `limit` in flight; results in input order. */
export async function pool(items, limit, fn) {
  const out = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    })
  )
  return out
}

/**
 * Calls `probe` (at once, then every `intervalMs`) until `until(value)` holds
 * (default: the value is truthy) or `timeoutMs` has passed. A probe that throws
 * counts as "not yet". Never throws: resolves with `{ ok, value, error, ms }`, the
 * last value or error when time ran out, and the time taken.
 */
export async function poll(probe, { timeoutMs, intervalMs = 100, until = Boolean } = {}) {
  if (!(timeoutMs >= 0)) throw new TypeError("poll: timeoutMs is required")
  const started = performance.now()
  for (;;) {
    let value
    let error
    try {
      value = await probe()
      if (until(value)) return { ok: true, value, error: undefined, ms: performance.now() - started }
    } catch (e) {
      error = e
    }
    const ms = performance.now() - started
    if (ms >= timeoutMs) return { ok: false, value, error, ms }
    await sleep(Math.min(intervalMs, timeoutMs - ms))
  }
}

/** Waits until `probe` returns a truthy value and resolves with it; throws once `timeoutMs` has passed. */
export async function waitUntil(probe, { timeoutMs, intervalMs, what = "the condition" } = {}) {
  const result = await poll(probe, { timeoutMs, intervalMs })
  if (result.ok) return result.value
  const reason = result.error ? ` (last error: ${result.error.message ?? result.error})` : ""
  throw new Error(`${what} did not hold within ${timeoutMs} ms${reason}`, { cause: result.error })
}

/**
 * Retries `check` (typically a few expect() calls) until it stops throwing and
 * resolves with what it returned; once `timeoutMs` has passed, throws its last error
 * (so a failed expectation reports its own diff).
 */
export async function eventually(check, { timeoutMs, intervalMs } = {}) {
  const result = await poll(check, { timeoutMs, intervalMs, until: () => true })
  if (result.ok) return result.value
  throw result.error ?? new Error(`still failing after ${timeoutMs} ms`)
}

// ── Measurements ─────────────────────────────────────────────────────────────

/** The p-th percentile (nearest rank) of `values`, in any order; null when empty. `decimals` rounds it. */
export function percentile(values, p, decimals) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
  if (decimals === undefined) return value
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
