/**
 * Pure query-side logic of the fast Postgres search provider: folding and
 * tokenising a shopper's query the way Postgres' `simple` text search parser
 * stores words, choosing a correction for each misspelt word from the index's
 * vocabulary, and writing the tsquery the exact path then runs.
 *
 * No database here: the provider looks the words up and hands the answers in.
 */

/** At most this many words of a query are used (a search box, not an essay). */
export const MAX_QUERY_WORDS = 8

/** Lower case without accents ("Kopi Arábika" → "kopi arabika"), like `unaccent` + `simple`. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase()
}

/**
 * Words as the index stores them: letters and digits, hyphenated compounds kept
 * whole ("oleh-oleh"), everything else a separator.
 */
export function tokenize(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ""))
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * transpositions of neighbours ("btaik" → "batik" is one edit).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0)
    row[0] = i
    return row
  })
  for (let j = 0; j < cols; j++) d[0][j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}

/** Typos allowed in a word: none below 4 letters, 1 for 4, 2 from 5. */
export function maxEdits(word: string): number {
  if (/\d/.test(word)) return 0
  if (word.length < 4) return 0
  return word.length === 4 ? 1 : 2
}

/** What the vocabulary says about one query word. */
export type WordLookup = {
  /** the word itself is indexed */
  exact: boolean
  /** some indexed word starts with it */
  prefix: boolean
  /** indexed words similar to it (trigram neighbours) with their document frequency */
  candidates: { word: string; df: number }[]
}

export type QueryTerm = { lexeme: string; prefix: boolean; corrected: boolean }

/** One query word and what it may match: itself, its synonyms, or its corrections. */
export type QueryGroup = { word: string; terms: QueryTerm[] }

export type QueryPlan = {
  groups: QueryGroup[]
  /** the query with each misspelt word replaced by its best correction */
  corrected: string
  /** true when at least one word was corrected */
  changed: boolean
}

export type PlanOptions = {
  /** search-as-you-type: the last word also matches as a prefix */
  prefixLast: boolean
  typoTolerance: boolean
  synonyms: string[][]
}

export function synonymsOf(word: string, groups: string[][]): string[] {
  const out = new Set<string>()
  for (const group of groups) {
    if (group.includes(word)) group.forEach((w) => w !== word && out.add(w))
  }
  return [...out]
}

/**
 * The best corrections of a misspelt word: candidates within its edit budget,
 * the fewest edits first, then the most frequent. Only the closest distance is
 * kept, so "few and right" beats "thousands of near-misses".
 */
export function chooseCorrections(
  word: string,
  candidates: { word: string; df: number }[],
  limit = 3
): string[] {
  const budget = maxEdits(word)
  if (!budget) return []
  const scored = candidates
    .filter((c) => c.word !== word && !/\d/.test(c.word))
    .map((c) => ({ ...c, distance: editDistance(word, c.word) }))
    .filter((c) => c.distance <= budget)
  if (!scored.length) return []
  const best = Math.min(...scored.map((c) => c.distance))
  return scored
    .filter((c) => c.distance === best)
    .sort((a, b) => b.df - a.df || a.word.localeCompare(b.word))
    .slice(0, limit)
    .map((c) => c.word)
}

/**
 * Decides what each query word matches. A word the vocabulary knows is never
 * corrected (a shopper who typed "batok" gets batok, not batik); only unknown
 * words are corrected, and then only to the nearest known words.
 */
export function planQuery(
  words: string[],
  lookups: Map<string, WordLookup>,
  options: PlanOptions
): QueryPlan {
  const groups: QueryGroup[] = []
  const correctedWords: string[] = []
  let changed = false
  words.forEach((word, i) => {
    const isLast = i === words.length - 1
    const info = lookups.get(word) ?? { exact: false, prefix: false, candidates: [] }
    const asPrefix = isLast && options.prefixLast
    const terms: QueryTerm[] = [{ lexeme: word, prefix: asPrefix, corrected: false }]
    const synonyms = synonymsOf(word, options.synonyms)
    for (const s of synonyms) terms.push({ lexeme: s, prefix: false, corrected: false })
    const known = info.exact || (asPrefix && info.prefix)
    let shown = word
    if (!known && options.typoTolerance) {
      const fixes = chooseCorrections(word, info.candidates)
      for (const fix of fixes) {
        terms.push({ lexeme: fix, prefix: false, corrected: true })
        for (const s of synonymsOf(fix, options.synonyms)) terms.push({ lexeme: s, prefix: false, corrected: true })
      }
      if (fixes.length) {
        shown = fixes[0]
        changed = true
      }
    }
    groups.push({ word, terms })
    correctedWords.push(shown)
  })
  return { groups, corrected: correctedWords.join(" "), changed }
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`
}

/**
 * The tsquery text for a plan: every word (`&`) or some word (`|`), each word
 * an OR of its alternatives. Lexemes are quoted literals, so nothing a shopper
 * types is parsed as tsquery syntax.
 */
export function buildTsQuery(plan: QueryPlan, join: "&" | "|"): string {
  return plan.groups
    .map((g) => {
      const seen = new Set<string>()
      const alts = g.terms
        .filter((t) => {
          const key = `${t.lexeme}|${t.prefix}`
          if (seen.has(key)) return false
          seen.add(key)
          return true
        })
        .map((t) => `${quoteLexeme(t.lexeme)}${t.prefix ? ":*" : ""}`)
      return alts.length > 1 ? `(${alts.join(" | ")})` : alts[0]
    })
    .join(` ${join} `)
}

/** The tsquery of the words as typed (no corrections): ranks exact matches above typo matches. */
export function buildExactTsQuery(plan: QueryPlan): string {
  return buildTsQuery(
    { ...plan, groups: plan.groups.map((g) => ({ ...g, terms: g.terms.filter((t) => !t.corrected) })) },
    "|"
  )
}
