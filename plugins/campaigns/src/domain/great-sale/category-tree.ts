/** Pure (no server imports): shared by the domain and the admin form. */

/** The given categories and all their descendants, from a flat list of categories. */
export function withDescendants(
  categories: { id: string; parent_category_id?: string | null }[],
  rootIds: Iterable<string>
): Set<string> {
  const ids = new Set<string>(rootIds)
  let grew = true
  while (grew) {
    grew = false
    for (const c of categories) {
      if (c.parent_category_id && ids.has(c.parent_category_id) && !ids.has(c.id)) {
        ids.add(c.id)
        grew = true
      }
    }
  }
  return ids
}

/** The Batik category (handle "batik") and all its descendants. */
export function batikTree(
  categories: { id: string; handle: string; parent_category_id?: string | null }[],
  rootHandle = "batik"
): Set<string> {
  const root = categories.find((c) => c.handle === rootHandle)
  return withDescendants(categories, root ? [root.id] : [])
}
