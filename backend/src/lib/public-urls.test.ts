import { describe, expect, it } from "vitest"
import { backendUrl, fileBaseUrl } from "./public-urls"

describe("public URLs", () => {
  it("default to the local backend", () => {
    expect(backendUrl({})).toBe("http://localhost:9000")
    expect(fileBaseUrl({})).toBe("http://localhost:9000/static")
  })

  it("follow MEDUSA_BACKEND_URL, or a CDN base for files", () => {
    expect(fileBaseUrl({ MEDUSA_BACKEND_URL: "https://api.pasarsleman.id/" })).toBe("https://api.pasarsleman.id/static")
    expect(fileBaseUrl({ MEDUSA_BACKEND_URL: "https://api.pasarsleman.id", MEDUSA_FILE_BASE_URL: "https://cdn.pasarsleman.id/files/" })).toBe(
      "https://cdn.pasarsleman.id/files"
    )
  })
})
