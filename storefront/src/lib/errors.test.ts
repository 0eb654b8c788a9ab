import { describe, expect, it } from "vitest"
import { describeError, errorCodeFromApi, retryAfterSeconds } from "./errors"
import { ERROR_MESSAGES, errorMessage, isErrorCode, throttledMessage } from "./messages"

// Same shape as @medusajs/js-sdk's FetchError (message, statusText, status);
// not imported to keep the test free of the SDK's source-map noise.
class FetchError extends Error {
  constructor(
    message: string,
    public statusText: string,
    public status: number,
  ) {
    super(message)
  }
}
const fe = (status: number, message: string) => new FetchError(message, "", status)

describe("errorCodeFromApi", () => {
  it("maps inventory failures to Stok tidak mencukupi", () => {
    const err = fe(400, "Some variant does not have the required inventory")
    expect(errorCodeFromApi(err, "cart")).toBe("stok_tidak_cukup")
    expect(describeError(err, "cart")).toBe("Stok tidak mencukupi")
    expect(describeError(fe(400, "Variant variant_1 is out of stock"), "checkout")).toBe(
      "Stok tidak mencukupi",
    )
  })

  it("maps 404s by context and message", () => {
    expect(describeError(fe(404, "Product with handle: x was not found"), "product")).toBe(
      "Produk tidak ditemukan",
    )
    expect(describeError(fe(404, "Variant with id: v was not found"))).toBe("Produk tidak ditemukan")
    expect(errorCodeFromApi(fe(404, "Cart id not found: cart_1"))).toBe("keranjang_tidak_ditemukan")
    expect(errorCodeFromApi(fe(404, "Order with id: o was not found"))).toBe("pesanan_tidak_ditemukan")
    expect(errorCodeFromApi(fe(404, "not found"), "order")).toBe("pesanan_tidak_ditemukan")
  })

  it("maps invalid credentials on login", () => {
    const err = fe(401, "Invalid email or password")
    expect(errorCodeFromApi(err, "login")).toBe("login_gagal")
    expect(describeError(err, "login")).toBe("Email atau kata sandi salah")
    expect(errorCodeFromApi(fe(401, "Unauthorized"), "login")).toBe("login_gagal")
  })

  it("maps other 401s to an expired session", () => {
    expect(errorCodeFromApi(fe(401, "Unauthorized"), "account")).toBe("sesi_berakhir")
  })

  it("maps duplicate registrations", () => {
    expect(errorCodeFromApi(fe(401, "Identity with email already exists"), "register")).toBe(
      "email_terdaftar",
    )
    expect(
      errorCodeFromApi(fe(400, "Customer with email: a@b.c, has_account: true, already exists."), "register"),
    ).toBe("email_terdaftar")
  })

  it("maps checkout prerequisites", () => {
    expect(
      errorCodeFromApi(
        fe(400, "No shipping method selected but the cart contains items that require shipping."),
        "checkout",
      ),
    ).toBe("pengiriman_belum_dipilih")
    expect(errorCodeFromApi(fe(400, "Payment sessions are required to complete cart"), "checkout")).toBe(
      "pembayaran_belum_dipilih",
    )
  })

  it("maps validation errors", () => {
    expect(errorCodeFromApi(fe(400, "Invalid request: Field 'email' is required"))).toBe("data_tidak_valid")
  })

  it("maps network failures", () => {
    const err = new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })
    expect(errorCodeFromApi(err)).toBe("server_tidak_tersedia")
  })

  it("maps a backend call that timed out", async () => {
    const err = await fetch("http://127.0.0.1:9", { signal: AbortSignal.timeout(1) }).catch((e: unknown) => e)
    expect(errorCodeFromApi(err)).toBe("server_tidak_tersedia")
    expect(errorCodeFromApi(new DOMException("The operation was aborted due to timeout", "TimeoutError"))).toBe("server_tidak_tersedia")
  })

  it("falls back to the generic message, never the raw text", () => {
    expect(describeError(fe(500, '{"code":"unknown_error"}'))).toBe("Terjadi kesalahan, silakan coba lagi.")
    expect(describeError(new Error("boom"))).toBe("Terjadi kesalahan, silakan coba lagi.")
    expect(describeError(undefined)).toBe("Terjadi kesalahan, silakan coba lagi.")
    expect(describeError("weird")).toBe("Terjadi kesalahan, silakan coba lagi.")
  })
})

describe("errorMessage", () => {
  it("returns null when there is no code", () => {
    expect(errorMessage(null)).toBeNull()
    expect(errorMessage("")).toBeNull()
    expect(errorMessage(undefined)).toBeNull()
  })

  it("looks up known codes", () => {
    expect(errorMessage("stok_tidak_cukup")).toBe("Stok tidak mencukupi")
    expect(errorMessage("login_gagal")).toBe("Email atau kata sandi salah")
  })

  it("never echoes unknown codes", () => {
    expect(errorMessage("<script>alert(1)</script>")).toBe(ERROR_MESSAGES.umum)
    expect(errorMessage("toString")).toBe(ERROR_MESSAGES.umum)
    expect(isErrorCode("constructor")).toBe(false)
  })
})

describe("login throttle (429)", () => {
  const throttled = fe(429, "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.")

  it("maps 429 to its own code and reads the wait from the backend's message", () => {
    expect(errorCodeFromApi(throttled, "login")).toBe("terlalu_banyak_percobaan")
    expect(retryAfterSeconds(throttled)).toBe(900)
    expect(retryAfterSeconds(fe(429, "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 42 detik."))).toBe(42)
    expect(retryAfterSeconds(fe(401, "Invalid email or password"))).toBeUndefined()
  })

  it("says how long to wait, and ignores nonsense from the URL", () => {
    expect(throttledMessage("900")).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.")
    expect(throttledMessage("42")).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 42 detik.")
    for (const bad of [null, "", "abc", "-5", "1.5", "<script>", "999999999"]) {
      expect(throttledMessage(bad)).toBe(ERROR_MESSAGES.terlalu_banyak_percobaan)
    }
  })
})
