import { extractPrimaryKeyFilter } from "@medusajs/search-postgres/dist/utils"
import { HotTablesSearchService, hotTable, vocabTable } from "./tables"
import type { WordLookup } from "./words"

/**
 * Vocabulary (second layer of the fast provider, see service.ts): every write
 * keeps the hot copy and the vocabulary of indexed words current, and searches
 * look their words up in it (cached briefly).
 */
export class VocabularySearchService extends HotTablesSearchService {
  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    this.forgetLookups()
    const catalog = await this.retrieve(input.index)
    await (this as any).manager_.execute(`TRUNCATE TABLE "${vocabTable(catalog.table_name)}"`)
    await this.ensureHotTable(catalog)
    await (this as any).manager_.execute(`TRUNCATE TABLE "${hotTable(catalog.table_name)}"`)
    return task
  }

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
}
