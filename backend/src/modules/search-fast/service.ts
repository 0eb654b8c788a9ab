import type { SearchTypes } from "@medusajs/framework/types"
// A deep, non-public path of @medusajs/search-postgres: pinned at 2.21.2 in package.json.
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { SYNONYM_GROUPS } from "../../lib/search/synonyms"
import {
  buildExactTsQuery,
  buildTsQuery,
  planQuery,
  tokenize,
  type QueryPlan,
  type WordLookup,
} from "./words"

export type FastPostgresSearchOptions = {
  /** Postgres text search config suffix; `simple` = no stemming (Indonesian search-as-you-type). */
  language?: string
  synonyms?: string[][]
}

/** The precomputed match for one search, carried on the query object to `keywordFragments`. */
const FAST = Symbol.for("pasar-sleman.search-fast")
type FastMatch = { tsquery: string; exact: string }

const vocabTable = (table: string) => `${table}_vocab`

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
 */
export class FastPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-fast"
  protected synonyms_: string[][]

  constructor(deps: any, options: FastPostgresSearchOptions = {}) {
    super(deps, { language: options.language ?? "simple", engine: "native" } as any)
    this.synonyms_ = options.synonyms ?? SYNONYM_GROUPS
  }

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

  // ---------------------------------------------------------------- tables

  async createDocumentTable(table: string, plan: any, manager: any) {
    await this.ensureTextSearchConfig(manager)
    await super.createDocumentTable(table, plan, manager)
    const vocab = vocabTable(table)
    await manager.execute(
      `CREATE TABLE IF NOT EXISTS "${vocab}" ("word" text PRIMARY KEY, "df" integer NOT NULL DEFAULT 1)`
    )
    await manager.execute(
      `CREATE INDEX IF NOT EXISTS "${vocab}_trgm_idx" ON "${vocab}" USING GIN ("word" gin_trgm_ops)`
    )
  }

  async dropDocumentTable(table: string, manager: any) {
    await manager.execute(`DROP TABLE IF EXISTS "${vocabTable(table)}"`)
    await super.dropDocumentTable(table, manager)
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    const catalog = await this.retrieve(input.index)
    await (this as any).manager_.execute(`TRUNCATE TABLE "${vocabTable(catalog.table_name)}"`)
    return task
  }

  /** `medusa_search_<language>` = the built-in config with `unaccent` (the stock migration only creates the English one). */
  protected async ensureTextSearchConfig(manager: any) {
    const name = (this as any).tsConfig_ as string
    const base = (this as any).language_ as string
    await manager.execute(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${name}') THEN
          CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base});
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION ${name}
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base === "simple" ? "simple" : `${base}_stem`};
          END IF;
        END IF;
      EXCEPTION WHEN unique_violation THEN NULL;
      END
      $$;
    `)
  }

  // ---------------------------------------------------------------- writes

  async upsertDocuments(input: { index: string; documents: any[]; definition?: any }) {
    if (!input.documents.length) return super.upsertDocuments(input as any)
    const catalog = await this.retrieve(input.index)
    const manager = (this as any).manager_
    const ids = [...new Set(input.documents.map((d) => String(d[catalog.plan.primary_key])))]
    const placeholders = ids.map(() => "?").join(", ")
    const existing = new Set<string>(
      (
        (await manager.execute(
          `SELECT "id" FROM "${catalog.table_name}" WHERE "id" IN (${placeholders})`,
          ids
        )) as { id: string }[]
      ).map((r) => r.id)
    )
    const task = await super.upsertDocuments(input as any)
    // New documents add to each word's document frequency; rewritten ones only
    // add words the vocabulary did not know yet.
    const fresh = ids.filter((id) => !existing.has(id))
    const rewritten = ids.filter((id) => existing.has(id))
    await this.addWords(catalog.table_name, fresh, true)
    await this.addWords(catalog.table_name, rewritten, false)
    return task
  }

  // Rows are inserted (and locked) in word order: two concurrent upserts sharing words
  // otherwise lock them in different orders and deadlock (seen in CI: seed + sync events).
  protected async addWords(table: string, ids: string[], countThem: boolean) {
    if (!ids.length) return
    const placeholders = ids.map(() => "?").join(", ")
    await (this as any).manager_.execute(
      `INSERT INTO "${vocabTable(table)}" ("word", "df")
       SELECT w, count(*) FROM "${table}", unnest(tsvector_to_array("search_vector")) AS w
       WHERE "id" IN (${placeholders}) AND length(w) > 1 AND w !~ '[0-9]'
       GROUP BY w
       ORDER BY w
       ON CONFLICT ("word") DO ${countThem ? `UPDATE SET "df" = "${vocabTable(table)}"."df" + EXCLUDED."df"` : "NOTHING"}`,
      ids
    )
  }

  /** Rebuilds the vocabulary from the documents (exact frequencies). */
  async rebuildVocabulary(index: string) {
    const catalog = await this.retrieve(index)
    const vocab = vocabTable(catalog.table_name)
    await this.withTransaction(async (manager: any) => {
      await manager.execute(`DELETE FROM "${vocab}"`)
      await manager.execute(
        `INSERT INTO "${vocab}" ("word", "df")
         SELECT w, count(*) FROM "${catalog.table_name}", unnest(tsvector_to_array("search_vector")) AS w
         WHERE length(w) > 1 AND w !~ '[0-9]' GROUP BY w`
      )
    })
  }

  // ---------------------------------------------------------------- reads

  /** What the vocabulary knows about each word: itself, as a prefix, its trigram neighbours. */
  async lookupWords(table: string, words: string[], withCandidates: boolean): Promise<Map<string, WordLookup>> {
    const vocab = vocabTable(table)
    const manager = (this as any).manager_
    const values = words.map(() => "(?::text)").join(", ")
    const known = (await manager.execute(
      `SELECT t.w AS word,
              EXISTS (SELECT 1 FROM "${vocab}" v WHERE v."word" = t.w) AS exact,
              EXISTS (SELECT 1 FROM "${vocab}" v WHERE v."word" LIKE replace(replace(t.w, '_', '\\_'), '%', '\\%') || '%') AS prefix
       FROM (VALUES ${values}) AS t(w)`,
      words
    )) as { word: string; exact: boolean; prefix: boolean }[]
    const out = new Map<string, WordLookup>()
    for (const row of known) out.set(row.word, { exact: !!row.exact, prefix: !!row.prefix, candidates: [] })
    const unknown = withCandidates ? words.filter((w) => !out.get(w)?.exact && w.length >= 4) : []
    if (unknown.length) {
      // One indexed trigram lookup per word (a constant per branch, so the GIN index is used).
      const rows = (await manager.execute(
        unknown
          .map(
            () => `(SELECT ?::text AS token, v."word", v."df" FROM "${vocab}" v
                    WHERE v."word" % ?::text ORDER BY similarity(v."word", ?::text) DESC, v."df" DESC LIMIT 25)`
          )
          .join(" UNION ALL "),
        unknown.flatMap((w) => [w, w, w])
      )) as { token: string; word: string; df: number }[]
      for (const row of rows) out.get(row.token)?.candidates.push({ word: row.word, df: Number(row.df) })
    }
    return out
  }

  async planFor(table: string, q: string, options: SearchTypes.SearchOptions, settings: any): Promise<QueryPlan | null> {
    const words = tokenize(q)
    if (!words.length) return null
    const typoTolerance =
      (options.typo_tolerance ?? true) && (settings?.typo_tolerance?.enabled ?? true)
    const lookups = await this.lookupWords(table, words, typoTolerance)
    return planQuery(words, lookups, {
      prefixLast: (options.match_strategy ?? "last") === "last",
      typoTolerance,
      synonyms: this.synonyms_,
    })
  }

  async search(input: any): Promise<any> {
    const q: string | undefined = input.q?.trim()
    const options = input.search_options ?? {}
    if (!q || options.vector) return await super.search(input)
    const catalog = await this.retrieve(input.index.physical_name)
    const plan = await this.planFor(catalog.table_name, q, options, input.index.settings)
    const match = (tsquery: string): FastMatch => ({ tsquery, exact: plan ? buildExactTsQuery(plan) : tsquery })
    const run = (m: FastMatch | null) =>
      super.search({
        ...input,
        search_options: { ...options, typo_tolerance: false },
        [FAST]: m,
      })
    if (!plan) return await run(null)
    const all = options.match_strategy === "any" ? "|" : "&"
    let result = await run(match(buildTsQuery(plan, all)))
    let matched: "all" | "some" = all === "&" ? "all" : "some"
    const found = result.metadata.count ?? result.hits.length
    if (!found && all === "&" && plan.groups.length > 1 && !(input.pagination?.skip > 0)) {
      result = await run(match(buildTsQuery(plan, "|")))
      matched = "some"
    }
    result.provider_metadata = {
      ...(result.provider_metadata ?? {}),
      corrected_query: plan.changed ? plan.corrected : undefined,
      matched,
    }
    return result
  }

  keywordFragments(input: any): any {
    const query = input.query
    if (!(FAST in query)) return super.keywordFragments(input)
    const fast: FastMatch | null = query[FAST]
    const plan = input.catalog.plan
    const options = query.search_options ?? {}
    const searchOn: string[] = options.attributes_to_search_on ?? plan.searchable
    const all =
      searchOn.length === plan.searchable.length && searchOn.every((p: string) => plan.searchable.includes(p))
    const vectorExpr = all ? `"search_vector"` : (this as any).onTheFlyVectorExpr(searchOn, plan)
    const q = query.q?.trim() || undefined
    if (!fast) {
      // Nothing searchable in the query (only punctuation): nothing matches.
      return { q, needsBm25Limit: false, rankSql: () => `0::float4`, matchSql: () => `false` }
    }
    return {
      q,
      needsBm25Limit: false,
      // Title (A) outranks description (D); words as typed outrank corrections.
      rankSql: (params: unknown[]) => {
        params.push(fast.tsquery, fast.exact)
        return `(ts_rank_cd(${vectorExpr}, ?::tsquery) + ts_rank_cd(${vectorExpr}, ?::tsquery))`
      },
      matchSql: (params: unknown[]) => {
        params.push(fast.tsquery)
        return `${vectorExpr} @@ ?::tsquery`
      },
    }
  }

  /** The stock order has no tie-breaker for field sorts: equal prices would page in any order. */
  resolveOrderBy(input: any, plan: any, hasScore: boolean): string {
    const sql = super.resolveOrderBy(input, plan, hasScore)
    return /"id" ASC$/.test(sql) ? sql : `${sql}, "id" ASC`
  }
}

export default FastPostgresSearchService
