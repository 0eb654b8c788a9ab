import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import {
  buildIndexSettings,
  dateFields,
  flattenFields,
  mapFacets,
  project,
  toMeiliDocument,
  translateFacets,
  translateFilters,
  translateMatchingStrategy,
  translatePagination,
  translateSort,
  type FacetRequest,
} from "./translate"

export type MeilisearchProviderOptions = {
  host: string
  /** server-side key (master or an admin key); never sent to the browser: the storefront talks to POST /store/search */
  apiKey: string
  /** Synonym groups, each bidirectional (the store's, set in medusa-config.ts); none by default. */
  synonyms?: string[][]
}

/**
 * Search Module provider for Meilisearch (the `meilisearch` JS client). Every
 * write waits for its Meilisearch task, so an acknowledged event is searchable.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  protected options_: MeilisearchProviderOptions
  protected clientPromise_: Promise<any> | null = null
  protected synonyms_: string[][]
  /** index uid → definition, for date conversion on writes */
  protected definitions_ = new Map<string, any>()

  constructor(_deps: any, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host || !options?.apiKey) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch provider needs host and apiKey")
    }
    this.options_ = options
    this.synonyms_ = options.synonyms ?? []
  }

  /** The `meilisearch` client is ESM-only: loaded with import() (CommonJS backend), once. */
  protected client(): Promise<any> {
    this.clientPromise_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.clientPromise_
  }

  protected async wait(task: any) {
    const uid = task?.taskUid ?? task?.uid
    if (uid === undefined) return
    const done: any = await (await this.client()).tasks.waitForTask(uid, { timeout: 30_000, interval: 25 })
    if (done?.status === "failed") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch task ${uid} failed: ${done.error?.message ?? "unknown"}`)
    }
  }

  async upsertIndex({ index }: { index: any }) {
    const uid = index.physical_name
    this.definitions_.set(uid, index)
    try {
      await (await this.client()).getIndex(uid)
    } catch {
      await this.wait(await (await this.client()).createIndex(uid, { primaryKey: index.primary_key ?? "id" }))
    }
    await this.wait(await (await this.client()).index(uid).updateSettings(buildIndexSettings(index, this.synonyms_) as any))
    return { index: uid, status: "succeeded" as const }
  }

  async deleteIndex({ index }: { index: string }) {
    try {
      await this.wait(await (await this.client()).deleteIndex(index))
    } catch (e: any) {
      if (e?.cause?.code !== "index_not_found" && e?.code !== "index_not_found") throw e
    }
    return { index, status: "succeeded" as const }
  }

  async listIndexes() {
    const { results } = await (await this.client()).getIndexes({ limit: 1000 })
    return await Promise.all(
      results.map(async (idx: any) => {
        const stats = await (await this.client()).index(idx.uid).getStats()
        return {
          name: idx.uid,
          provider: MeilisearchSearchService.identifier,
          document_count: stats.numberOfDocuments,
          created_at: new Date(idx.createdAt),
          updated_at: new Date(idx.updatedAt),
        }
      })
    )
  }

  async upsertDocuments({ index, documents, definition }: { index: string; documents: any[]; definition?: any }) {
    if (definition) this.definitions_.set(index, definition)
    const def = this.definitions_.get(index)
    const dates = def ? dateFields(def) : []
    const docs = documents.map((d) => toMeiliDocument(d, dates))
    if (docs.length) {
      await this.wait(await (await this.client()).index(index).addDocuments(docs, { primaryKey: def?.primary_key ?? "id" }))
    }
    return { index, status: "succeeded" as const }
  }

  async deleteDocuments({ index, filters }: { index: string; filters: Record<string, any> }) {
    const def = this.definitions_.get(index)
    const pk = def?.primary_key ?? "id"
    const keys = Object.keys(filters)
    const idsFilter = filters[pk]
    if (keys.length === 1 && (Array.isArray(idsFilter) || typeof idsFilter === "string")) {
      const ids = (Array.isArray(idsFilter) ? idsFilter : [idsFilter]).map(String)
      await this.wait(await (await this.client()).index(index).deleteDocuments(ids))
    } else {
      const filter = translateFilters(filters, { dates: def ? dateFields(def) : [] })
      await this.wait(await (await this.client()).index(index).deleteDocuments({ filter: filter! }))
    }
    return { index, status: "succeeded" as const }
  }

  async clearIndex({ index }: { index: string }) {
    await this.wait(await (await this.client()).index(index).deleteAllDocuments())
    return { index, status: "succeeded" as const }
  }

  async search(input: any) {
    const started = Date.now()
    const definition = input.index
    const uid = definition.physical_name
    const options = input.search_options ?? {}
    if (options.vector) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Meilisearch provider does not support vector search here")
    }
    const flat = flattenFields(definition.fields)
    const filterable = flat.filter((f) => f.field.filterable || f.field.facetable).map((f) => f.path)
    const dates = dateFields(definition)
    const filter = translateFilters(input.filters, { filterable, dates })
    const exact = options.count !== "none"
    const paging = translatePagination(input.pagination, exact)
    const { facets, ranges } = translateFacets(options.facets as FacetRequest[] | undefined)
    const highlight = options.highlight
    const base: Record<string, any> = {
      filter,
      sort: translateSort(input.pagination?.order, definition.primary_key ?? "id"),
      facets: facets.length ? facets : undefined,
      attributesToSearchOn: options.attributes_to_search_on,
      showRankingScore: !!options.include_score,
      rankingScoreThreshold: options.min_score,
      distinct: options.distinct,
      ...(highlight
        ? {
            attributesToHighlight: highlight === true ? ["*"] : highlight.fields,
            highlightPreTag: highlight === true ? "<mark>" : highlight.pre_tag ?? "<mark>",
            highlightPostTag: highlight === true ? "</mark>" : highlight.post_tag ?? "</mark>",
          }
        : {}),
    }
    const index = (await this.client()).index(uid)
    const q = input.q?.trim() ?? ""
    const run = (strategy: "all" | "last") =>
      index.search(q, { ...base, ...paging, matchingStrategy: strategy } as any) as Promise<any>
    const strategy = translateMatchingStrategy(options.match_strategy)
    let res = await run(strategy)
    const totalOf = (r: any) => r.totalHits ?? r.estimatedTotalHits ?? r.hits.length
    // Every word first; some words only when every word finds nothing.
    if (q && strategy === "all" && totalOf(res) === 0) res = await run("last")
    const rangeCounts = new Map<string, number>()
    if (ranges.length) {
      const multi: any = await (await this.client()).multiSearch({
        queries: ranges.map((r) => ({
          indexUid: uid,
          q,
          limit: 0,
          page: 1,
          hitsPerPage: 0,
          filter: filter ? `(${filter}) AND (${r.filter})` : r.filter,
          matchingStrategy: strategy,
        })) as any,
      })
      multi.results.forEach((r: any, i: number) => rangeCounts.set(`${ranges[i].field}|${ranges[i].key}`, totalOf(r)))
    }
    const total = totalOf(res)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    return {
      hits: res.hits.map((hit: any) => {
        const { _rankingScore, _formatted, ...doc } = hit
        return {
          id: String(doc[definition.primary_key ?? "id"]),
          score: options.include_score ? _rankingScore : undefined,
          document: project(doc, input.attributes_to_retrieve),
          highlights: highlight && _formatted
            ? Object.fromEntries(
                Object.entries(_formatted)
                  .filter(([, v]) => typeof v === "string" && (v as string).includes("<"))
                  .map(([k, v]) => [k, [v as string]])
              )
            : undefined,
        }
      }),
      facets: mapFacets(options.facets as FacetRequest[] | undefined, res.facetDistribution, res.facetStats, rangeCounts, total),
      metadata: {
        skip,
        take,
        count: exact ? total : null,
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }
}

export default MeilisearchSearchService
