/**
 * Request init with a deadline: the caller's own signal (if any) and a
 * timeout, whichever fires first. Pure; used by medusa.server.ts.
 */
export function withTimeout<T extends { signal?: AbortSignal | null }>(init: T | undefined, ms: number): T & { signal: AbortSignal } {
  const timeout = AbortSignal.timeout(ms)
  const own = init?.signal
  return { ...(init as T), signal: own ? AbortSignal.any([own, timeout]) : timeout }
}

/**
 * A call's init with its deadline applied: the call's own `timeoutMs` if it set
 * one, else `defaultMs(method)`. `timeoutMs` itself is not passed on to fetch.
 */
export function withCallTimeout<T extends { method?: string; signal?: AbortSignal | null }>(
  init: (T & { timeoutMs?: number }) | undefined,
  defaultMs: (method?: string) => number,
): Omit<T, "timeoutMs"> & { signal: AbortSignal } {
  const { timeoutMs, ...rest } = init ?? ({} as T & { timeoutMs?: number })
  return withTimeout(rest as Omit<T, "timeoutMs">, timeoutMs ?? defaultMs(rest.method))
}
