import type { SearchTypes } from "@medusajs/framework/types"
// Deep, non-public paths of @medusajs/search-postgres: pinned at 2.21.2 in package.json.
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  buildFacetQuery,
  extractPrimaryKeyFilter,
  mapFacetResult,
  normalizeFacetRequests,
  projectDocument,
  toWhereClause,
} from "@medusajs/search-postgres/dist/utils"
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
  /**
   * A relevance search ranks, counts and facets at most this many matches (like
   * Meilisearch's `maxTotalHits`, default 1000): past it the count says "more than"
   * (`provider_metadata.total_capped`) and facet counts describe the first matches.
   * Sorting by a field always sees every match.
   */
  max_total_hits?: number
}

/** The precomputed match for one search, carried on the query object to `keywordFragments`. */
const FAST = Symbol.for("pasar-sleman.search-fast")
type FastMatch = { tsquery: string; exact: string }

const vocabTable = (table: string) => `${table}_vocab`
const hotTable = (table: string) => `${table}_hot`

/** Top-level keys of `indexed` that filters, sorts or facets read: all the hot table keeps. */
function hotKeys(plan: any): string[] {
  const keys = new Set<string>([plan.primary_key])
  for (const planned of plan.fields.values()) {
    const f = planned.field
    if (f.filterable || f.sortable || f.facetable || plan.distinct === planned.path) keys.add(planned.path.split(".")[0])
  }
  return [...keys].sort()
}

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
 */
export class FastPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-fast"
  protected synonyms_: string[][]

  constructor(deps: any, options: FastPostgresSearchOptions = {}) {
    super(deps, { language: options.language ?? "simple", engine: "native" } as any)
    this.synonyms_ = options.synonyms ?? SYNONYM_GROUPS
    this.maxTotalHits_ = options.max_total_hits ?? 1000
  }

  protected maxTotalHits_: number

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
    await this.createHotTable(table, manager)
  }

  async dropDocumentTable(table: string, manager: any) {
    await manager.execute(`DROP TABLE IF EXISTS "${vocabTable(table)}"`)
    await manager.execute(`DROP TABLE IF EXISTS "${hotTable(table)}"`)
    this.hotReady_.delete(table)
    await super.dropDocumentTable(table, manager)
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    this.forgetLookups()
    const catalog = await this.retrieve(input.index)
    await (this as any).manager_.execute(`TRUNCATE TABLE "${vocabTable(catalog.table_name)}"`)
    await this.ensureHotTable(catalog)
    await (this as any).manager_.execute(`TRUNCATE TABLE "${hotTable(catalog.table_name)}"`)
    return task
  }

  /**
   * `document` stays NULL: it is there so the stock hits query (which selects it)
   * runs unchanged; the page of hits takes its documents from the main table.
   */
  protected async createHotTable(table: string, manager: any) {
    const hot = hotTable(table)
    await manager.execute(
      `CREATE TABLE IF NOT EXISTS "${hot}" (
         "id" text PRIMARY KEY,
         "indexed" jsonb NOT NULL DEFAULT '{}'::jsonb,
         "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
         "document" jsonb
       )`
    )
    await manager.execute(`CREATE INDEX IF NOT EXISTS "${hot}_fts_idx" ON "${hot}" USING GIN ("search_vector")`)
  }

  /** Tables whose hot copy exists and is filled (an index built before the hot table existed is copied once). */
  protected hotReady_ = new Map<string, Promise<void>>()

  protected async ensureHotTable(catalog: any) {
    const table = catalog.table_name as string
    let ready = this.hotReady_.get(table)
    if (!ready) {
      ready = (async () => {
        const manager = (this as any).manager_
        await this.createHotTable(table, manager)
        const [row] = (await manager.execute(
          `SELECT EXISTS (SELECT 1 FROM "${hotTable(table)}") AS filled, EXISTS (SELECT 1 FROM "${table}") AS has_documents`
        )) as { filled: boolean; has_documents: boolean }[]
        if (!row.filled && row.has_documents) await this.copyToHot(catalog, null)
      })()
      this.hotReady_.set(table, ready)
      ready.catch(() => this.hotReady_.delete(table))
    }
    await ready
  }

  /** Copies documents (all when `ids` is null) from the main table into the hot one. */
  protected async copyToHot(catalog: any, ids: string[] | null) {
    const table = catalog.table_name as string
    const keys = hotKeys(catalog.plan)
    const keyList = keys.map(() => "?").join(", ")
    const idFilter = ids ? `WHERE m."id" IN (${ids.map(() => "?").join(", ")})` : ""
    await (this as any).manager_.execute(
      `INSERT INTO "${hotTable(table)}" ("id", "indexed", "search_vector")
       SELECT m."id",
              (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(m."indexed") e WHERE e.key IN (${keyList})),
              m."search_vector"
       FROM "${table}" m ${idFilter}
       ON CONFLICT ("id") DO UPDATE SET "indexed" = EXCLUDED."indexed", "search_vector" = EXCLUDED."search_vector"`,
      [...keys, ...(ids ?? [])]
    )
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
    const fresh = ids.filter((id) => !existing.has(id))
    const rewritten = ids.filter((id) => existing.has(id))
    const wordsBefore = await this.wordsOf(catalog.table_name, rewritten)
    const task = await super.upsertDocuments(input as any)
    this.forgetLookups()
    await this.ensureHotTable(catalog)
    await this.copyToHot(catalog, ids)
    // New documents add to each word's document frequency; rewritten ones only
    // add words the vocabulary did not know yet, and drop the words they lost
    // if no other document has them.
    await this.addWords(catalog.table_name, fresh, true)
    await this.addWords(catalog.table_name, rewritten, false)
    if (wordsBefore.length) {
      const wordsNow = new Set(await this.wordsOf(catalog.table_name, rewritten))
      await this.dropUnusedWords(catalog.table_name, wordsBefore.filter((w) => !wordsNow.has(w)))
    }
    return task
  }

  async deleteDocuments(input: { index: string; filters: any }) {
    const catalog = await this.retrieve(input.index)
    const ids: string[] | undefined = extractPrimaryKeyFilter(input.filters, catalog.plan)
    const wordsBefore = ids?.length ? await this.wordsOf(catalog.table_name, ids) : []
    const task = await super.deleteDocuments(input as any)
    this.forgetLookups()
    await this.ensureHotTable(catalog)
    const hot = hotTable(catalog.table_name)
    const manager = (this as any).manager_
    if (ids?.length) {
      await manager.execute(`DELETE FROM "${hot}" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids)
    } else if (!ids) {
      await manager.execute(
        `DELETE FROM "${hot}" h WHERE NOT EXISTS (SELECT 1 FROM "${catalog.table_name}" m WHERE m."id" = h."id")`
      )
    }
    // A deleted product's words stop being offered as corrections (unless another product has them).
    await this.dropUnusedWords(catalog.table_name, wordsBefore)
    return task
  }

  /** The distinct vocabulary words of some documents as they are stored now. */
  protected async wordsOf(table: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return []
    const rows = (await (this as any).manager_.execute(
      `SELECT DISTINCT w FROM "${table}", unnest(tsvector_to_array("search_vector")) AS w
       WHERE "id" IN (${ids.map(() => "?").join(", ")}) AND length(w) > 1 AND w !~ '[0-9]'`,
      ids
    )) as { w: string }[]
    return rows.map((r) => r.w)
  }

  /**
   * Removes words no document holds any more (each checked through the text
   * index). A word another write adds at the same moment comes back with the
   * next write of a document that has it, or with a reindex.
   */
  protected async dropUnusedWords(table: string, words: string[]) {
    if (!words.length) return
    // Housekeeping: a failure here must never fail the write that indexed the documents.
    await (this as any).manager_.execute(
      `DELETE FROM "${vocabTable(table)}" v
       WHERE v."word" IN (${words.map(() => "?").join(", ")})
         AND NOT EXISTS (SELECT 1 FROM "${table}" m WHERE m."search_vector" @@ quote_literal(v."word")::tsquery)`,
      [...words].sort()
    ).catch((e: Error) => (this as any).logger_?.warn?.(`search vocabulary cleanup skipped: ${e.message}`))
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
    this.forgetLookups()
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

  /**
   * Word lookups of recent queries, per table and word, kept 30 s and dropped when
   * this process writes the index. A stale answer (another instance wrote a new
   * word) only changes which corrections are offered: the word itself always matches.
   */
  protected lookupCache_ = new Map<string, { at: number; lookup: WordLookup; withCandidates: boolean }>()

  protected forgetLookups() {
    this.lookupCache_.clear()
  }

  /** What the vocabulary knows about each word: itself, as a prefix, its trigram neighbours. */
  async lookupWords(table: string, words: string[], withCandidates: boolean): Promise<Map<string, WordLookup>> {
    const out = new Map<string, WordLookup>()
    const now = Date.now()
    const missing = words.filter((word) => {
      const hit = this.lookupCache_.get(`${table}\u0000${word}`)
      if (!hit || now - hit.at > 30_000 || (withCandidates && !hit.withCandidates)) return true
      out.set(word, hit.lookup)
      return false
    })
    if (!missing.length) return out
    const found = await this.readWords(table, missing, withCandidates)
    if (this.lookupCache_.size > 5000) this.lookupCache_.clear()
    for (const [word, lookup] of found) {
      this.lookupCache_.set(`${table}\u0000${word}`, { at: now, lookup, withCandidates })
      out.set(word, lookup)
    }
    return out
  }

  protected async readWords(table: string, words: string[], withCandidates: boolean): Promise<Map<string, WordLookup>> {
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
    if (options.vector) return await super.search(input)
    const catalog = await this.retrieve(input.index.physical_name)
    // The hot table holds no text fields, so searching a chosen subset of them reads the main table.
    const onMain = !!options.attributes_to_search_on
    if (!q) return onMain ? await super.search(input) : await this.searchHot(input, catalog)
    const plan = await this.planFor(catalog.table_name, q, options, input.index.settings)
    const match = (tsquery: string): FastMatch => ({ tsquery, exact: plan ? buildExactTsQuery(plan) : tsquery })
    const run = (m: FastMatch | null) => {
      const query = { ...input, search_options: { ...options, typo_tolerance: false }, [FAST]: m }
      return onMain ? super.search(query) : this.searchHot(query, catalog)
    }
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

  /**
   * The stock keyword search (same SQL fragments: filters, match, rank, order,
   * facets) run on the hot table, facets beside the hits rather than after them;
   * then the page's documents from the main table. Answers in the stock shape.
   */
  protected async searchHot(input: any, catalog: any): Promise<any> {
    const started = Date.now()
    await this.ensureHotTable(catalog)
    const plan = catalog.plan
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const distinct = options.distinct ?? input.index.settings?.distinct_attribute
    const hot = { ...catalog, table_name: hotTable(catalog.table_name) }
    const byRelevance = Object.keys(input.pagination?.order ?? {}).every((k) => k === "_score")
    let hitRows: any[]
    let count: number | null
    let facets: any
    let capped = false
    // Browsing (no words) stays exact: counts and facets of a category page must be whole.
    if (input.q?.trim() && byRelevance && !distinct && options.min_score === undefined) {
      // The capped statement brings the page's documents with it.
      ;({ hitRows, count, facets, capped } = await this.searchCapped(input, hot, catalog.table_name, skip, take))
    } else {
      // Built first: bad filters throw here, before either query starts.
      const scopeWhere = this.buildFacetScope({ input, catalog: hot, useKeyword: !!input.q?.trim(), useVector: false })
      ;[{ hitRows, count }, facets] = await Promise.all([
        this.searchKeyword({ input, catalog: hot, distinct, skip, take }),
        this.resolveFacets({ table: hot.table_name, plan, scopeWhere, requests: options.facets }),
      ])
      // The hot table has no documents: the page's come from the main table.
      const documents = await this.documentsById(catalog.table_name, hitRows.map((row: any) => row.id))
      hitRows = hitRows.map((row: any) => ({ ...row, document: documents.get(row.id) }))
    }
    return {
      hits: hitRows.map((row: any) => ({
        id: row.id,
        score: options.include_score ? Number(row.score) : undefined,
        document: projectDocument(row.document ?? {}, input.attributes_to_retrieve),
      })),
      facets,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : count,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
      provider_metadata: capped ? { total_capped: true } : undefined,
    }
  }

  /**
   * One statement: the first `max_total_hits + 1` matches (filters applied) are
   * ranked once, and the page, the count and every facet are read from them.
   */
  protected async searchCapped(input: any, hot: any, mainTable: string, skip: number, take: number) {
    const plan = hot.plan
    const options = input.search_options ?? {}
    const fragments = this.keywordFragments({ query: input, catalog: hot })
    const params: unknown[] = []
    const rank = fragments.rankSql(params)
    const conditions: string[] = []
    if (fragments.matchSql) conditions.push(fragments.matchSql(params))
    const where = toWhereClause(input.filters, plan)
    if (where?.sql) {
      conditions.push(`(${where.sql})`)
      params.push(...where.params)
    }
    params.push(this.maxTotalHits_ + 1)
    const order = this.resolveOrderBy(input, plan, !!fragments.q)
    const facetRequests = normalizeFacetRequests(options.facets, plan)
    const facetSql = facetRequests.map((request: any, i: number) => {
      const facet = buildFacetQuery({ table: "matches", whereSql: undefined, whereParams: [], request, plan })
      params.push(...facet.params)
      return `(SELECT coalesce(json_agg(f), '[]'::json) FROM (${facet.sql}) f) AS "facet_${i}"`
    })
    // The page never reaches past the cap (the extra match only tells that there are more).
    params.push(Math.max(0, Math.min(take, this.maxTotalHits_ - skip)), skip)
    const rows = (await (this as any).manager_.execute(
      `WITH "matches" AS MATERIALIZED (
         SELECT "id", "indexed", ${rank} AS score FROM "${hot.table_name}"
         ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
         LIMIT ?
       )
       SELECT (SELECT count(*) FROM "matches")::int AS "total"
              ${facetSql.map((f: string) => `, ${f}`).join("")},
              (SELECT coalesce(json_agg(json_build_object('id', h."id", 'score', h.score, 'document', m."document") ORDER BY h.n), '[]'::json)
               FROM (SELECT "id", score, row_number() OVER (ORDER BY ${order}) AS n FROM "matches" ORDER BY ${order} LIMIT ? OFFSET ?) h
               JOIN "${mainTable}" m ON m."id" = h."id") AS "hits"`,
      params
    )) as any[]
    const row = rows[0]
    const parse = (v: any) => (typeof v === "string" ? JSON.parse(v) : v)
    const total = Number(row.total)
    const capped = total > this.maxTotalHits_
    const facets = facetRequests.length
      ? Object.fromEntries(
          facetRequests.map((request: any, i: number) => [request.field, mapFacetResult(request, parse(row[`facet_${i}`]))])
        )
      : undefined
    return { hitRows: parse(row.hits) as any[], count: capped ? this.maxTotalHits_ : total, facets, capped }
  }

  protected async documentsById(table: string, ids: string[]): Promise<Map<string, any>> {
    if (!ids.length) return new Map()
    const rows = (await (this as any).manager_.execute(
      `SELECT "id", "document" FROM "${table}" WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
      ids
    )) as { id: string; document: any }[]
    return new Map(rows.map((r) => [r.id, typeof r.document === "string" ? JSON.parse(r.document) : r.document]))
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
        if (fast.tsquery === fast.exact) {
          params.push(fast.tsquery)
          return `(2 * ts_rank_cd(${vectorExpr}, ?::tsquery))`
        }
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
