import type { SearchTypes } from "@medusajs/framework/types"
// Deep, non-public path of @medusajs/search-postgres: pinned at 2.21.2 in package.json.
import {
  buildFacetQuery,
  mapFacetResult,
  normalizeFacetRequests,
  projectDocument,
  toWhereClause,
} from "@medusajs/search-postgres/dist/utils"
import { hotTable, type FastPostgresSearchOptions } from "./tables"
import { VocabularySearchService } from "./vocabulary"
import { buildExactTsQuery, buildTsQuery, planQuery, tokenize, type QueryPlan } from "./words"

/** The precomputed match for one search, carried on the query object to `keywordFragments`. */
const FAST = Symbol.for("pasar-sleman.search-fast")
type FastMatch = { tsquery: string; exact: string }

/**
 * Query (third layer of the fast provider, see service.ts): corrects the query's
 * words against the vocabulary, runs the stock provider's exact tsquery path on
 * the hot copy (capped when the match is broad), and reads the page of hits from
 * the main table.
 */
export class FastQuerySearchService extends VocabularySearchService {
  /** Synonym groups (the provider's `synonyms` option, set in medusa-config.ts). */
  protected synonyms_: string[][]
  protected maxTotalHits_: number

  constructor(deps: any, options: FastPostgresSearchOptions = {}) {
    super(deps, options)
    this.synonyms_ = options.synonyms ?? []
    this.maxTotalHits_ = options.max_total_hits ?? 1000
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
