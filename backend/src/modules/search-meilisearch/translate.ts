/**
 * Translation between the Search Module's query/definition shapes and
 * Meilisearch's. Pure (no client, no server): unit-tested on every run.
 */
import { MedusaError } from "@medusajs/framework/utils"

type FieldDef = {
  type: string
  array?: boolean
  searchable?: boolean | { weight?: number }
  filterable?: boolean
  sortable?: boolean
  facetable?: boolean | { types?: string[] }
  retrievable?: boolean
  fields?: Record<string, FieldDef>
}

export type FlatField = { path: string; field: FieldDef }

export function flattenFields(fields: Record<string, FieldDef>, prefix = ""): FlatField[] {
  const out: FlatField[] = []
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) out.push(...flattenFields(field.fields, path))
    else out.push({ path, field })
  }
  return out
}

const isSearchable = (f: FieldDef) => f.searchable === true || typeof f.searchable === "object"
const weightOf = (f: FieldDef) => (typeof f.searchable === "object" ? f.searchable.weight ?? 1 : 1)
const isFacetable = (f: FieldDef) => f.facetable === true || typeof f.facetable === "object"

export type MeiliTypoSettings = {
  enabled: boolean
  minWordSizeForTypos: { oneTypo: number; twoTypos: number }
  disableOnAttributes?: string[]
}

/**
 * Index settings from a definition: searchable attributes in weight order (title
 * before description, so title matches outrank description matches), filterable
 * = filterable ∪ facetable, sortable (+ id for a stable tie-break), synonyms
 * both ways, typo tolerance (1 typo from 4 letters, 2 from 5, like the Postgres
 * provider's correction budget).
 */
export function buildIndexSettings(
  definition: { fields: Record<string, FieldDef>; primary_key?: string; settings?: any },
  synonymGroups: string[][]
) {
  const flat = flattenFields(definition.fields)
  const searchable = flat
    .filter((f) => isSearchable(f.field))
    .map((f, i) => ({ path: f.path, weight: weightOf(f.field), i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((f) => f.path)
  const filterable = flat.filter((f) => f.field.filterable || isFacetable(f.field)).map((f) => f.path)
  const primaryKey = definition.primary_key ?? "id"
  const sortable = flat.filter((f) => f.field.sortable).map((f) => f.path)
  if (!sortable.includes(primaryKey)) sortable.push(primaryKey)
  const typo = definition.settings?.typo_tolerance ?? {}
  const typoTolerance: MeiliTypoSettings = {
    enabled: typo.enabled ?? true,
    minWordSizeForTypos: {
      oneTypo: typo.min_word_size_for_one_typo ?? 4,
      twoTypos: typo.min_word_size_for_two_typos ?? 5,
    },
    ...(typo.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
  }
  return {
    searchableAttributes: searchable,
    filterableAttributes: filterable,
    sortableAttributes: sortable,
    displayedAttributes: ["*"],
    synonyms: synonymsMap(synonymGroups),
    typoTolerance,
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
  }
}

export function synonymsMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) {
      map[word] = [...new Set([...(map[word] ?? []), ...group.filter((w) => w !== word)])]
    }
  }
  return map
}

/** Date fields are stored as epoch milliseconds so they filter and sort as numbers. */
export function dateFields(definition: { fields: Record<string, FieldDef> }): string[] {
  return flattenFields(definition.fields)
    .filter((f) => f.field.type === "date")
    .map((f) => f.path)
}

export function toEpochMs(value: unknown): unknown {
  if (value instanceof Date) return value.getTime()
  if (typeof value === "string" && value && Number.isNaN(Number(value))) {
    const t = Date.parse(value)
    return Number.isNaN(t) ? value : t
  }
  return value
}

export function toMeiliDocument(document: Record<string, any>, dates: string[]) {
  const out: Record<string, any> = { ...document }
  for (const path of dates) {
    if (!path.includes(".") && out[path] !== undefined && out[path] !== null) out[path] = toEpochMs(out[path])
  }
  return out
}

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function literal(value: unknown, isDate: boolean): string {
  if (value === null) return "null"
  const v = isDate ? toEpochMs(value) : value
  if (typeof v === "number") {
    if (!Number.isFinite(v)) fail(`Invalid number in search filter`)
    return String(v)
  }
  if (typeof v === "boolean") return v ? "true" : "false"
  if (typeof v === "string") return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
  return fail(`Unsupported value in search filter: ${JSON.stringify(value)}`)
}

const FIELD_RE = /^[A-Za-z_][A-Za-z0-9_.]*$/

function field(path: string, known: Set<string>): string {
  if (!FIELD_RE.test(path)) fail(`Invalid field name "${path}" in search filter`)
  if (known.size && !known.has(path)) fail(`Field "${path}" is not filterable`)
  return path
}

/**
 * The module's filter tree → a Meilisearch filter expression. Equality on an
 * array field is membership (Meilisearch's `=` already means that), `$in` → IN,
 * ranges inclusive/exclusive as asked, `$and`/`$or`/`$not` grouped.
 */
export function translateFilters(
  filters: Record<string, any> | undefined,
  opts: { filterable?: string[]; dates?: string[] } = {}
): string | undefined {
  if (!filters || !Object.keys(filters).length) return undefined
  const known = new Set(opts.filterable ?? [])
  const dates = new Set(opts.dates ?? [])
  const node = (tree: Record<string, any>): string[] => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(tree)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        if (!Array.isArray(value)) fail(`${key} takes a list of filters`)
        const branches = (value as any[]).map((b) => node(b)).filter((b) => b.length).map(joinAnd)
        if (branches.length) parts.push(`(${branches.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const inner = node(value)
        if (inner.length) parts.push(`NOT (${joinAnd(inner)})`)
        continue
      }
      if (key.startsWith("$")) fail(`Unknown filter operator "${key}"`)
      parts.push(...condition(field(key, known), value, dates.has(key)))
    }
    return parts
  }
  const result = joinAnd(node(filters))
  return result || undefined
}

const joinAnd = (parts: string[]) => (parts.length > 1 ? parts.map((p) => `(${p})`).join(" AND ") : parts[0] ?? "")

function condition(f: string, value: any, isDate: boolean): string[] {
  if (value === null) return [`${f} IS NULL`]
  if (Array.isArray(value)) return [`${f} IN [${value.map((v) => literal(v, isDate)).join(", ")}]`]
  if (typeof value !== "object") return [`${f} = ${literal(value, isDate)}`]
  const out: string[] = []
  for (const [op, v] of Object.entries(value)) {
    switch (op) {
      case "$eq":
        out.push(v === null ? `${f} IS NULL` : `${f} = ${literal(v, isDate)}`)
        break
      case "$ne":
        out.push(v === null ? `${f} IS NOT NULL` : `${f} != ${literal(v, isDate)}`)
        break
      case "$in":
        out.push(`${f} IN [${(v as any[]).map((x) => literal(x, isDate)).join(", ")}]`)
        break
      case "$nin":
        out.push(`${f} NOT IN [${(v as any[]).map((x) => literal(x, isDate)).join(", ")}]`)
        break
      case "$gt":
        out.push(`${f} > ${literal(v, isDate)}`)
        break
      case "$gte":
        out.push(`${f} >= ${literal(v, isDate)}`)
        break
      case "$lt":
        out.push(`${f} < ${literal(v, isDate)}`)
        break
      case "$lte":
        out.push(`${f} <= ${literal(v, isDate)}`)
        break
      case "$exists":
        out.push(v ? `${f} EXISTS` : `${f} NOT EXISTS`)
        break
      case "$contains":
        out.push(
          ...(Array.isArray(v) ? v : [v]).map((x) => `${f} = ${literal(x, isDate)}`)
        )
        break
      case "$overlaps":
        out.push(`${f} IN [${(v as any[]).map((x) => literal(x, isDate)).join(", ")}]`)
        break
      case "$prefix":
        out.push(`${f} STARTS WITH ${literal(v, false)}`)
        break
      default:
        fail(`The Meilisearch provider does not support the filter operator "${op}"`)
    }
  }
  return out
}

/** `{ price: "ASC" }` → `["price:asc", "id:asc"]` (the id makes equal prices page in a fixed order). */
export function translateSort(order: Record<string, string> | undefined, primaryKey = "id"): string[] | undefined {
  const entries = Object.entries(order ?? {}).filter(([k]) => k !== "_score")
  if (!entries.length) return undefined
  const out = entries.map(([k, dir]) => {
    if (!FIELD_RE.test(k)) fail(`Invalid sort field "${k}"`)
    return `${k}:${dir === "ASC" ? "asc" : "desc"}`
  })
  if (!entries.some(([k]) => k === primaryKey)) out.push(`${primaryKey}:asc`)
  return out
}

/**
 * skip/take → Meilisearch paging. Page-aligned requests use `page`/`hitsPerPage`,
 * which returns an exact `totalHits`; others use `offset`/`limit`.
 */
export function translatePagination(pagination: { skip?: number; take?: number } | undefined, exactCount: boolean) {
  const skip = pagination?.skip ?? 0
  const take = pagination?.take ?? 20
  if (exactCount && take > 0 && skip % take === 0) return { page: skip / take + 1, hitsPerPage: take }
  return { offset: skip, limit: take }
}

export type FacetRequest =
  | { field: string; type?: "value"; limit?: number; sort?: "count" | "alpha"; query?: string }
  | { field: string; type: "range"; ranges: { key?: string; from?: number | string; to?: number | string }[] }
  | { field: string; type: "stats" }

/** Facet requests → the `facets` list of the main search plus one count-only filter per range bucket. */
export function translateFacets(requests: FacetRequest[] | undefined) {
  const facets = new Set<string>()
  const ranges: { field: string; key: string; from?: any; to?: any; filter: string }[] = []
  for (const r of requests ?? []) {
    if (r.type === "range") {
      for (const range of r.ranges) {
        const parts: string[] = []
        if (range.from !== undefined) parts.push(`${r.field} >= ${literal(range.from, false)}`)
        if (range.to !== undefined) parts.push(`${r.field} < ${literal(range.to, false)}`)
        ranges.push({
          field: r.field,
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from,
          to: range.to,
          filter: parts.join(" AND ") || `${r.field} EXISTS`,
        })
      }
    } else {
      facets.add(r.field)
    }
  }
  return { facets: [...facets], ranges }
}

/** Meilisearch `facetDistribution`/`facetStats` → the module's facet results. */
export function mapFacets(
  requests: FacetRequest[] | undefined,
  distribution: Record<string, Record<string, number>> | undefined,
  stats: Record<string, { min: number; max: number }> | undefined,
  rangeCounts: Map<string, number>,
  total: number
) {
  if (!requests?.length) return undefined
  const out: Record<string, any> = {}
  for (const r of requests) {
    if (r.type === "range") {
      out[r.field] = {
        type: "range",
        ranges: r.ranges.map((range) => {
          const key = range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
          return { key, from: range.from, to: range.to, count: rangeCounts.get(`${r.field}|${key}`) ?? 0 }
        }),
      }
    } else if (r.type === "stats") {
      const s = stats?.[r.field]
      out[r.field] = { type: "stats", min: s?.min ?? 0, max: s?.max ?? 0, count: total }
    } else {
      const entries = Object.entries(distribution?.[r.field] ?? {}).map(([value, count]) => ({ value, count }))
      entries.sort((a, b) =>
        r.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)
      )
      const filtered = r.query
        ? entries.filter((e) => e.value.toLowerCase().includes(r.query!.toLowerCase()))
        : entries
      const limit = r.limit ?? 10
      out[r.field] = {
        type: "value",
        values: filtered.slice(0, limit),
        other_count: Math.max(0, filtered.length - limit) || undefined,
      }
    }
  }
  return out
}

/** The module's `match_strategy` → Meilisearch's. "last" (typeahead) is Meilisearch's default prefix behaviour with every word required. */
export function translateMatchingStrategy(strategy: string | undefined): "all" | "last" {
  return strategy === "any" ? "last" : "all"
}

/** Drops the fields a query did not ask for. */
export function project(document: Record<string, any>, attributes: string[] | undefined) {
  if (!attributes) return document
  const out: Record<string, any> = {}
  for (const a of attributes) if (a in document) out[a] = document[a]
  return out
}
