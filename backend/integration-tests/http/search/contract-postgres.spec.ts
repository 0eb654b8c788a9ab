// The contract suite on the embedded default: our fast Postgres provider.
process.env.SEARCH_PROVIDER = "search-postgres-fast"
import { searchContract } from "./contract"

searchContract("search-postgres-fast")
