import { FastQuerySearchService } from "./query"

export type { FastPostgresSearchOptions } from "./tables"

/**
 * Typo-tolerant search on Postgres in milliseconds.
 *
 * The stock provider's typo path compares the query with every row's text
 * (`word_similarity` over the whole table, several times per query). This one
 * keeps a small vocabulary of the indexed words (a table with a trigram GIN
 * index, filled as documents are written), corrects each unknown query word
 * against it (trigram neighbours, then at most 1 edit for 4-letter words and 2
 * from 5 letters), and runs the stock provider's exact tsquery path with
 * `(word | correction | synonym) & … & last:*`. Typo tolerance is on unless the
 * query turns it off; the last word is a prefix unless `match_strategy` says
 * otherwise; when every word together finds nothing, some words are enough.
 *
 * Searches read a narrow copy of the index, `<table>_hot` (id, the filterable /
 * sortable / facetable part of `indexed`, `search_vector`): the documents'
 * descriptions make the main table's rows ~2.5 KB, so a broad match (thousands of
 * rows ranked, counted and faceted) there reads most of a 100k table. The hot rows
 * are a few hundred bytes, and have no jsonb GIN index, whose fixed selectivity
 * guess made Postgres filter every published row instead of using the text index.
 * Only the page of hits is then read from the main table.
 *
 * Built in layers, one file per section: tables.ts (document, vocabulary and hot
 * tables) → vocabulary.ts (writes keep the vocabulary and hot copy current; word
 * lookups) → query.ts (corrections, the exact path on the hot copy, the cap).
 * This class, the one Medusa registers (index.ts), adds the catalog cache.
 */
export class FastPostgresSearchService extends FastQuerySearchService {
  static identifier = "search-postgres-fast"

  /** The catalog row (table name + plan) of an index, read on every search: kept 2 s. */
  protected catalogCache_ = new Map<string, { at: number; value: any }>()

  async getCatalog(name: string, manager: any = (this as any).manager_) {
    if (manager !== (this as any).manager_) return await super.getCatalog(name, manager)
    const hit = this.catalogCache_.get(name)
    if (hit && Date.now() - hit.at < 2000) return hit.value
    const value = await super.getCatalog(name, manager)
    if (value) this.catalogCache_.set(name, { at: Date.now(), value })
    return value
  }

  async upsertIndex(input: any) {
    this.catalogCache_.clear()
    return await super.upsertIndex(input)
  }

  async deleteIndex(input: any) {
    this.catalogCache_.clear()
    return await super.deleteIndex(input)
  }
}

export default FastPostgresSearchService
