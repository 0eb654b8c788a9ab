/** Deepest nesting a JSON request body may have (objects and arrays). */
export const MAX_BODY_DEPTH = 32

/**
 * Whether `value` nests deeper than `limit` levels. Iterative, and it stops at
 * the first branch over the limit, so a hostile 100,000-level body costs no
 * more than a normal one (recursive code is what overflows the stack).
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_BODY_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (node === null || typeof node !== "object") continue
    if (depth >= limit) return true
    for (const child of Object.values(node as Record<string, unknown>)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1])
    }
  }
  return false
}
