import { describe, expect, it } from "vitest"
import { MeilisearchSearchService } from "./service"

describe("Meilisearch provider (no server here)", () => {
  it("needs a host and a key", () => {
    expect(() => new MeilisearchSearchService({}, { host: "", apiKey: "" })).toThrow(/host and apiKey/)
  })

  it("loads the ESM-only client and reports an unreachable server as a request error", async () => {
    const provider = new MeilisearchSearchService({}, { host: "http://127.0.0.1:9", apiKey: "kunci" })
    expect(MeilisearchSearchService.identifier).toBe("meilisearch")
    await expect(provider.listIndexes()).rejects.toThrow(/fetch failed|ECONNREFUSED|request/i)
  })
})
