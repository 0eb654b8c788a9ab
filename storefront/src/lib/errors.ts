/**
 * The one place that turns API failures into Indonesian messages.
 *
 * The js-sdk throws `FetchError` (an Error with `status` and `message` taken
 * from the backend's JSON body). Network failures surface as a plain
 * `TypeError: fetch failed`. Pages never show those raw: an action maps the
 * failure to an `ErrorCode`, redirects with `?error=<code>`, and the page
 * looks the code up with `errorMessage()` and shows it in `<Alert>` (role="alert").
 * Unknown codes from the URL fall back to the generic message, so nothing a
 * visitor types into the query string is ever echoed.
 */

export const ERROR_MESSAGES = {
  stok_tidak_cukup: "Stok tidak mencukupi",
  produk_tidak_ditemukan: "Produk tidak ditemukan",
  keranjang_tidak_ditemukan: "Keranjang tidak ditemukan. Silakan tambahkan produk lagi.",
  keranjang_kosong: "Keranjang Anda masih kosong.",
  pesanan_tidak_ditemukan: "Pesanan tidak ditemukan",
  login_gagal: "Email atau kata sandi salah",
  terlalu_banyak_percobaan: "Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi nanti.",
  terlalu_banyak_pendaftaran: "Terlalu banyak pendaftaran akun dari alamat internet ini. Silakan coba lagi nanti.",
  email_terdaftar: "Email sudah terdaftar. Silakan masuk.",
  sesi_berakhir: "Sesi Anda telah berakhir. Silakan masuk kembali.",
  data_tidak_valid: "Data yang Anda isi tidak valid. Periksa kembali isian Anda.",
  data_belum_lengkap: "Mohon lengkapi semua isian yang wajib diisi.",
  kata_sandi_pendek: "Kata sandi minimal 8 karakter.",
  jumlah_tidak_valid: "Jumlah harus berupa bilangan bulat (angka tanpa koma, titik atau huruf), 1 atau lebih.",
  alamat_belum_diisi: "Isi email dan alamat pengiriman terlebih dahulu.",
  pengiriman_belum_dipilih: "Pilih metode pengiriman terlebih dahulu.",
  pembayaran_belum_dipilih: "Pilih metode pembayaran terlebih dahulu.",
  server_tidak_tersedia: "Server toko sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.",
  umum: "Terjadi kesalahan, silakan coba lagi.",
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const GENERIC_ERROR_MESSAGE: string = ERROR_MESSAGES.umum

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

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}

/**
 * Message for a code read from the URL. `null`/empty → no alert;
 * an unknown code → the generic message.
 */
export function errorMessage(code: string | null | undefined): string | null {
  if (!code) return null
  return isErrorCode(code) ? ERROR_MESSAGES[code] : GENERIC_ERROR_MESSAGE
}

/** The HTTP status of a failed js-sdk call (FetchError.status); undefined for network errors. */
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

/** Map any thrown value (usually a js-sdk FetchError) to an error code. */
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
 * Seconds to wait after the backend's login throttle answered 429. The js-sdk
 * keeps only the message ("… Coba lagi dalam 15 menit."), not Retry-After.
 */
export function retryAfterSeconds(err: unknown): number | undefined {
  if (statusOf(err) !== 429) return undefined
  const m = /dalam (\d+) (detik|menit)/.exec(messageOf(err))
  if (!m) return undefined
  return Number(m[1]) * (m[2] === "menit" ? 60 : 1)
}

/** The throttle message with its wait, for `?error=terlalu_banyak_percobaan&tunggu=<seconds>`. */
export function throttledMessage(seconds: string | null | undefined): string {
  const n = Number(seconds)
  if (!seconds || !Number.isInteger(n) || n < 1 || n > 86_400) return ERROR_MESSAGES.terlalu_banyak_percobaan
  const wait = n < 60 ? `${n} detik` : `${Math.ceil(n / 60)} menit`
  return `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait}.`
}

/** Convenience: thrown value → Indonesian message. */
export function describeError(err: unknown, context: ErrorContext = "other"): string {
  return ERROR_MESSAGES[errorCodeFromApi(err, context)]
}
