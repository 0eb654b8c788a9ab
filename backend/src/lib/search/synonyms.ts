/**
 * Indonesian synonyms a shopper expects search to know. Each group is
 * bidirectional: a query for any word finds documents holding any other.
 * Words are written folded (lower case, no accents), as the search engines
 * store them. medusa-config.ts hands them to both search providers (ours on
 * Postgres and Meilisearch) as their `synonyms` option.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["kripik", "keripik"],
  ["oleh2", "oleh-oleh"],
  ["masker", "mask"],
]
