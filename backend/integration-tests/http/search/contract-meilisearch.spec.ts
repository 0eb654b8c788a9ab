// The contract suite on Meilisearch: runs only when a server is configured
// (MEILISEARCH_HOST + MEILISEARCH_API_KEY); no Meilisearch server can be
// installed on this machine, so it is skipped here.
import { searchContract } from "./contract"

if (process.env.MEILISEARCH_HOST && process.env.MEILISEARCH_API_KEY) {
  process.env.SEARCH_PROVIDER = "meilisearch"
  searchContract("meilisearch")
} else {
  describe.skip("search contract: meilisearch (MEILISEARCH_HOST not set)", () => {
    it("needs a Meilisearch server", () => undefined)
  })
}
