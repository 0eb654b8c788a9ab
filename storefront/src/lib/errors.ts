/**
 * The one place that turns a failed backend call into a message code.
 *
 * Every backend call fails with a `BackendError` (backend-error.ts: status,
 * Medusa's error type, the body's code, message; no status when the backend
 * could not be reached). Pages never show it raw: an action maps it to an
 * `ErrorCode`, redirects with `?error=<code>`, and the page looks the code up
 * in the message catalogue (messages.ts) and shows it in `<Alert>` (role="alert").
 *
 * Medusa's core errors carry no stable code, so they are told apart here by
 * status and by the (English) words of their message. The campaigns plugin's
 * refusals carry codes: see `CAMPAIGN_ERRORS` in messages.ts.
 */
import { BackendError } from "./backend-error"
import { ERROR_MESSAGES, type ErrorCode } from "./messages"

/** What the failing call was about; used to disambiguate 401/404. */
export type ErrorContext =
  | "login"
  | "register"
  | "product"
  | "cart"
  | "checkout"
  | "order"
  | "account"
  | "other"

/** The HTTP status of a failed backend call; undefined when the backend gave no answer. */
export function statusOf(err: unknown): number | undefined {
  if (err && typeof err === "object" && "status" in err) {
    const status = (err as { status?: unknown }).status
    if (typeof status === "number") return status
  }
  return undefined
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message ?? ""
  if (typeof err === "string") return err
  if (err && typeof err === "object" && "message" in err) {
    const m = (err as { message?: unknown }).message
    return typeof m === "string" ? m : ""
  }
  return ""
}

/** The backend could not be reached or did not answer in time (no HTTP status). */
export function isNetworkError(err: unknown): boolean {
  if (err instanceof BackendError) return err.status === undefined
  if (statusOf(err) !== undefined) return false
  // A backend call that ran past MEDUSA_TIMEOUT_MS (AbortSignal.timeout).
  if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) return true
  const msg = messageOf(err)
  const cause = err && typeof err === "object" && "cause" in err ? (err as { cause?: unknown }).cause : undefined
  const causeCode = cause && typeof cause === "object" && "code" in cause ? String((cause as { code?: unknown }).code) : ""
  return (
    /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|network/i.test(msg) ||
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|UND_ERR_)/.test(causeCode)
  )
}

/** The stable code in a failed call's error body (the campaigns plugin's contract codes), if any. */
export function codeOf(err: unknown): string | undefined {
  return err instanceof BackendError ? err.code : undefined
}

/** Map any thrown value (usually a BackendError) to an error code. */
export function errorCodeFromApi(err: unknown, context: ErrorContext = "other"): ErrorCode {
  if (isNetworkError(err)) return "server_tidak_tersedia"

  const status = statusOf(err)
  const msg = messageOf(err)

  // Inventory checks (add to cart, update quantity, complete cart) say e.g.
  // "Some variant does not have the required inventory".
  if (/inventory|out of stock|insufficient stock|stock/i.test(msg)) return "stok_tidak_cukup"

  if (/already exists/i.test(msg) && (context === "register" || /email|identity|customer/i.test(msg))) {
    return "email_terdaftar"
  }

  // The backend's login throttle (backend/src/lib/login-throttle.ts).
  if (status === 429) return context === "register" ? "terlalu_banyak_pendaftaran" : "terlalu_banyak_percobaan"

  if (status === 401 || status === 403) {
    if (context === "login" || /invalid email or password/i.test(msg)) return "login_gagal"
    return "sesi_berakhir"
  }

  if (/shipping method|shipping option|shipping profile/i.test(msg)) return "pengiriman_belum_dipilih"
  if (/payment session|payment collection|payment provider/i.test(msg)) return "pembayaran_belum_dipilih"

  if (status === 404) {
    if (/\bcart\b/i.test(msg) || context === "cart" || context === "checkout") return "keranjang_tidak_ditemukan"
    if (/\border\b/i.test(msg) || context === "order") return "pesanan_tidak_ditemukan"
    return "produk_tidak_ditemukan"
  }

  if (status === 400) {
    if (/invalid|required|expected|must be/i.test(msg)) return "data_tidak_valid"
  }

  return "umum"
}

/**
 * Seconds to wait after the backend's login throttle answered 429, read from
 * its message ("… Coba lagi dalam 15 menit."; the response's Retry-After is not kept).
 */
export function retryAfterSeconds(err: unknown): number | undefined {
  if (statusOf(err) !== 429) return undefined
  const m = /dalam (\d+) (detik|menit)/.exec(messageOf(err))
  if (!m) return undefined
  return Number(m[1]) * (m[2] === "menit" ? 60 : 1)
}

/** Convenience: thrown value → Indonesian message. */
export function describeError(err: unknown, context: ErrorContext = "other"): string {
  return ERROR_MESSAGES[errorCodeFromApi(err, context)]
}
