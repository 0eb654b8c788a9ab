import { describe, expect, it } from "vitest"
import { BackendError, backendErrorFrom, unreachable } from "./backend-error"
import { codeOf, errorCodeFromApi, isNetworkError, retryAfterSeconds, statusOf } from "./errors"

const json = (status: number, body: unknown, statusText = "") =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), { status, statusText, headers: { "content-type": "application/json" } })

describe("backendErrorFrom", () => {
  it("keeps the body's status, type, code and message (the js-sdk's FetchError dropped type and code)", async () => {
    const err = await backendErrorFrom(
      json(400, { type: "not_allowed", code: "group_buy.quota_exceeded", message: "Kuota tidak cukup: sisa 2 unit" }),
    )
    expect(err).toBeInstanceOf(BackendError)
    expect(err).toMatchObject({ status: 400, type: "not_allowed", code: "group_buy.quota_exceeded", message: "Kuota tidak cukup: sisa 2 unit" })
    expect(statusOf(err)).toBe(400)
    expect(codeOf(err)).toBe("group_buy.quota_exceeded")
    expect(isNetworkError(err)).toBe(false)
  })

  it("reads Medusa core errors, which carry no code of their own", async () => {
    const err = await backendErrorFrom(json(400, { type: "invalid_data", message: "Some variant does not have the required inventory" }))
    expect(err.code).toBeUndefined()
    expect(errorCodeFromApi(err, "cart")).toBe("stok_tidak_cukup")
    const throttled = await backendErrorFrom(json(429, { type: "not_allowed", message: "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit." }))
    expect(errorCodeFromApi(throttled, "login")).toBe("terlalu_banyak_percobaan")
    expect(retryAfterSeconds(throttled)).toBe(900)
    expect(errorCodeFromApi(await backendErrorFrom(json(401, { type: "unauthorized", message: "Invalid email or password" })), "login")).toBe("login_gagal")
  })

  it("falls back to the status text when the body is not JSON", async () => {
    const err = await backendErrorFrom(new Response("<html>Bad Gateway</html>", { status: 502, statusText: "Bad Gateway" }))
    expect(err).toMatchObject({ status: 502, type: undefined, code: undefined, message: "Bad Gateway" })
    expect(errorCodeFromApi(err)).toBe("umum")
  })
})

describe("unreachable", () => {
  it("is a BackendError without status: the server is not available", async () => {
    const refused = unreachable(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))
    expect(refused.status).toBeUndefined()
    expect(isNetworkError(refused)).toBe(true)
    expect(errorCodeFromApi(refused)).toBe("server_tidak_tersedia")
    const timedOut = unreachable(new DOMException("The operation was aborted due to timeout", "TimeoutError"))
    expect(errorCodeFromApi(timedOut)).toBe("server_tidak_tersedia")
  })
})
