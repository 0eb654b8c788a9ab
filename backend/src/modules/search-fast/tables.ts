// Deep, non-public path of @medusajs/search-postgres: pinned at 2.21.2 in package.json.
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

export type FastPostgresSearchOptions = {
  /** Postgres text search config suffix; `simple` = no stemming (Indonesian search-as-you-type). */
  language?: string
  /** Synonym groups, each bidirectional (the store's, set in medusa-config.ts); none by default. */
  synonyms?: string[][]
  /**
   * A relevance search ranks, counts and facets at most this many matches (like
   * Meilisearch's `maxTotalHits`, default 1000): past it the count says "more than"
   * (`provider_metadata.total_capped`) and facet counts describe the first matches.
   * Sorting by a field always sees every match.
   */
  max_total_hits?: number
}

export const vocabTable = (table: string) => `${table}_vocab`
export const hotTable = (table: string) => `${table}_hot`

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
 * Tables and hot copy (first layer of the fast provider, see service.ts): each
 * index's document table gets a word vocabulary (`<table>_vocab`, trigram GIN)
 * and a narrow hot copy (`<table>_hot`) that searches read; the text search
 * configuration is `simple` + `unaccent` unless `language` says otherwise.
 */
export class HotTablesSearchService extends PostgresSearchService {
  constructor(deps: any, options: FastPostgresSearchOptions = {}) {
    super(deps, { language: options.language ?? "simple", engine: "native" } as any)
  }

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
}
