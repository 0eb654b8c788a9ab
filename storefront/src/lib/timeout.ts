/**
 * Request init with a deadline: the caller's own signal (if any) and a
 * timeout, whichever fires first. Pure; used by medusa.server.ts.
 */
export function withTimeout<T extends { signal?: AbortSignal | null }>(init: T | undefined, ms: number): T & { signal: AbortSignal } {
  const timeout = AbortSignal.timeout(ms)
  const own = init?.signal
  return { ...(init as T), signal: own ? AbortSignal.any([own, timeout]) : timeout }
}
