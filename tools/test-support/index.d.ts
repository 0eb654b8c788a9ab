// Types of index.js (see there for what each does).

export type Headers = Record<string, string>
export type Credentials = { email: string; password: string }
export type LoginOptions = {
  /** Sent as X-Forwarded-For: the client the backend's login throttle counts (see clientAddress). */
  clientAddress?: string
}

export declare function sleep(ms: number): Promise<void>

export declare function request(
  backend: string,
  method: string,
  path: string,
  options?: { body?: unknown; headers?: Headers }
): Promise<{ status: number; data: any }>
export declare function mustRequest(
  backend: string,
  method: string,
  path: string,
  options?: { body?: unknown; headers?: Headers }
): Promise<any>
export declare function bearer(token: string): { authorization: string }

export declare function clientAddress(i: number): string
export declare function adminLogin(backend: string, credentials: Credentials, options?: LoginOptions): Promise<string>
export declare function customerLogin(backend: string, credentials: Credentials, options?: LoginOptions): Promise<string>

export type Registration = {
  publishableKey: string
  email: string
  password: string
  /** More fields of POST /store/customers (first_name, last_name, …). */
  customer?: Record<string, unknown>
  /** Log in after registering (default true). */
  login?: boolean
  /** Sent as X-Forwarded-For on every step (registration and login are limited per client address). */
  clientAddress?: string
}
export type RegisteredCustomer = { id: string; email: string }
export type LoggedInCustomer = RegisteredCustomer & { token: string; headers: Headers }
export declare function registerCustomer(backend: string, registration: Registration & { login: false }): Promise<RegisteredCustomer>
export declare function registerCustomer(backend: string, registration: Registration & { login?: true }): Promise<LoggedInCustomer>

export declare function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>

export type PollOptions = { timeoutMs: number; intervalMs?: number }
export type PollResult<T> = { ok: boolean; value: T | undefined; error: unknown; ms: number }
export declare function poll<T>(probe: () => T | Promise<T>, options: PollOptions & { until?: (value: T) => boolean }): Promise<PollResult<T>>
export declare function waitUntil<T>(probe: () => T | Promise<T>, options: PollOptions & { what?: string }): Promise<T>
export declare function eventually<T>(check: () => T | Promise<T>, options: PollOptions): Promise<T>

export declare function percentile(values: readonly number[], p: number, decimals?: number): number | null
