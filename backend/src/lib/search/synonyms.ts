/**
 * Indonesian synonyms a shopper expects search to know. Each group is
 * bidirectional: a query for any word finds documents holding any other.
 * Words are written folded (lower case, no accents), as the search engines
 * store them. Used by every search provider (ours on Postgres and Meilisearch).
 */
export const SYNONYM_GROUPS: string[][] = [
  ["kripik", "keripik"],
  ["oleh2", "oleh-oleh"],
  ["masker", "mask"],
]
