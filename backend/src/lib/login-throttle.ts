/**
 * Login throttling that strangers cannot turn against shoppers
 * (rate-limiter-flexible; counters in memory, or in Redis when REDIS_URL is set,
 * shared by every backend process, with an in-memory fallback if Redis stops
 * answering).
 *
 * Only FAILED logins count, and only once they have failed: a correct password
 * never counts toward any limit, not even while it is being checked, so
 * shoppers behind one carrier-grade NAT address cannot tip each other over.
 * What is limited:
 *  - per account AND address: 5 failures in 15 minutes → that address waits
 *    for that account. The owner elsewhere is not affected.
 *  - per address (every account): 500 failures in 15 minutes, sized for
 *    thousands of mobile shoppers behind one carrier address.
 *  - per account across all addresses: the first 5 failures in a day are free;
 *    after each further one the account answers 429 for 1, 2, 4 … at most 60
 *    seconds (exponential back-off), and after 100 failures in a day addresses
 *    the account never signed in from wait for the day to end.
 *    An address the account signed in from successfully in the last 20 days
 *    ("known") is exempt from both, so the owner is never locked out by
 *    strangers: from a known address they get in at once, from a fresh one
 *    they wait at most the back-off (≤ 60 s) until the daily cap is reached.
 *  - parallel attempts per account (per process): at most 10 are checked at
 *    once, so a burst cannot run hundreds of guesses before the first failure
 *    is counted. A refused attempt is answered without checking the password.
 * Registration (`/auth/:actor/emailpass/register`, `POST /store/customers`) is
 * counted per address and route before it runs: 60 an hour by default.
 */
import Redis from "ioredis"
import proxyaddr from "proxy-addr"
import type { IncomingMessage } from "node:http"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible"

type Env = Record<string, string | undefined>

export type ThrottleConfig = {
  /** Window of the per-address and per-account-and-address counts. */
  windowSeconds: number
  /** Failures allowed per account from one address in a window. */
  maxPerAccountAddress: number
  /** Failures allowed per address (all accounts) in a window. */
  maxPerIp: number
  /** Failures per account (all addresses) in a day before the back-off starts. */
  freePerAccount: number
  /** Longest back-off after a failure, in seconds. */
  maxBackoffSeconds: number
  /** Failures per account (all addresses) in a day, past which only known addresses may try. */
  maxPerAccountPerDay: number
  /** Attempts checked at once per account (per process). */
  maxInFlightPerAccount: number
  /** Registrations allowed per address and route in `registerWindowSeconds`. */
  maxRegistrationsPerIp: number
  registerWindowSeconds: number
  /** proxy-addr trust list: whose X-Forwarded-For is believed. */
  trustedProxies: string[]
  redisUrl?: string
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${raw}"`)
  return n
}

export function throttleConfig(env: Env = process.env): ThrottleConfig {
  return {
    windowSeconds: positiveInt(env, "LOGIN_THROTTLE_WINDOW_SECONDS", 15 * 60),
    maxPerAccountAddress: positiveInt(env, "LOGIN_THROTTLE_MAX_PER_ACCOUNT_ADDRESS", 5),
    maxPerIp: positiveInt(env, "LOGIN_THROTTLE_MAX_PER_IP", 500),
    freePerAccount: positiveInt(env, "LOGIN_THROTTLE_FREE_PER_ACCOUNT", 5),
    maxBackoffSeconds: positiveInt(env, "LOGIN_THROTTLE_MAX_BACKOFF_SECONDS", 60),
    maxPerAccountPerDay: positiveInt(env, "LOGIN_THROTTLE_MAX_PER_ACCOUNT_PER_DAY", 100),
    maxInFlightPerAccount: positiveInt(env, "LOGIN_THROTTLE_MAX_IN_FLIGHT_PER_ACCOUNT", 10),
    maxRegistrationsPerIp: positiveInt(env, "REGISTER_THROTTLE_MAX_PER_IP", 60),
    registerWindowSeconds: positiveInt(env, "REGISTER_THROTTLE_WINDOW_SECONDS", 60 * 60),
    trustedProxies: (env.LOGIN_THROTTLE_TRUSTED_PROXIES ?? "loopback").split(",").map((s) => s.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || undefined,
  }
}

/** "30 detik", "15 menit": the wait, rounded up, in Indonesian. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} detik`
  return `${Math.ceil(seconds / 60)} menit`
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${waitText(retryAfterSeconds)}.`
}

export function tooManyRegistrationsMessage(retryAfterSeconds: number): string {
  return `Terlalu banyak pendaftaran akun dari alamat internet ini. Coba lagi dalam ${waitText(retryAfterSeconds)}.`
}

/** Back-off after the n-th failure of a day: none for the free ones, then 1, 2, 4 … seconds up to the cap. */
export function backoffSeconds(failures: number, free: number, max: number): number {
  if (failures <= free) return 0
  return Math.min(max, 2 ** Math.min(30, failures - free - 1))
}

export type Attempt = { ip: string; account?: string }
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }
export type Outcome = "success" | "failure" | "other"

const DAY = 24 * 60 * 60
// In-memory counters expire with setTimeout, which cannot wait longer than ~24.8 days.
const KNOWN_SECONDS = 20 * DAY

const blocked = (res: RateLimiterRes | null, points: number) => Boolean(res && res.consumedPoints >= points && res.msBeforeNext > 0)

export class LoginThrottle {
  private readonly byIp: RateLimiterAbstract
  private readonly byAccountAddress: RateLimiterAbstract
  private readonly accountDay: RateLimiterAbstract
  private readonly backoff: RateLimiterAbstract
  private readonly known: RateLimiterAbstract
  private readonly registrations: RateLimiterAbstract
  private readonly inFlight = new Map<string, number>()
  private readonly trust: ReturnType<typeof proxyaddr.compile>

  constructor(readonly config: ThrottleConfig) {
    this.trust = proxyaddr.compile(config.trustedProxies)
    const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : undefined
    // Connection errors are answered by the in-memory insurance limiter below.
    redis?.on("error", () => undefined)
    const limiter = (keyPrefix: string, points: number, duration: number) => {
      const opts = { keyPrefix: `pasar:login:${keyPrefix}`, points, duration }
      return redis
        ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts)
    }
    this.byIp = limiter("ip2", config.maxPerIp, config.windowSeconds)
    this.byAccountAddress = limiter("pair", config.maxPerAccountAddress, config.windowSeconds)
    this.accountDay = limiter("day", config.maxPerAccountPerDay, DAY)
    // Blocked (with `block`) for the back-off after a failure; never consumed otherwise.
    this.backoff = limiter("backoff", 1, config.maxBackoffSeconds)
    this.known = limiter("known", 1, KNOWN_SECONDS)
    this.registrations = limiter("register", config.maxRegistrationsPerIp, config.registerWindowSeconds)
  }

  /**
   * The client's address: the socket's, or the one a trusted proxy (by default
   * only loopback, e.g. the storefront on the same host) put in X-Forwarded-For.
   * Anyone else's X-Forwarded-For is ignored, so it cannot be used to dodge the
   * per-address counts.
   */
  clientIp(req: IncomingMessage): string {
    return proxyaddr(req, this.trust)
  }

  /**
   * May this attempt be checked? Counts nothing: failures are counted by
   * `finish`. An allowed attempt holds one of the account's in-flight places
   * until `finish` is called.
   */
  async begin({ ip, account }: Attempt): Promise<Verdict> {
    const pair = account ? `${account}|${ip}` : undefined
    const [byIp, byPair, day, backoff, known] = await Promise.all([
      this.byIp.get(ip),
      pair ? this.byAccountAddress.get(pair) : null,
      account ? this.accountDay.get(account) : null,
      account ? this.backoff.get(account) : null,
      pair ? this.known.get(pair) : null,
    ])
    const waits: number[] = []
    if (blocked(byIp, this.config.maxPerIp)) waits.push(byIp!.msBeforeNext)
    if (blocked(byPair, this.config.maxPerAccountAddress)) waits.push(byPair!.msBeforeNext)
    if (!known) {
      if (blocked(backoff, 2)) waits.push(backoff!.msBeforeNext)
      if (blocked(day, this.config.maxPerAccountPerDay)) waits.push(day!.msBeforeNext)
    }
    if (!waits.length && account) {
      const n = this.inFlight.get(account) ?? 0
      if (n >= this.config.maxInFlightPerAccount) waits.push(1000)
      else this.inFlight.set(account, n + 1)
    }
    if (!waits.length) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) }
  }

  /**
   * After an allowed attempt: a failure (wrong email or password) counts for
   * the address, the account and address, and the account's day (starting the
   * back-off past the free ones); a success clears the account-and-address
   * count and makes the address known to the account.
   */
  async finish({ ip, account }: Attempt, outcome: Outcome): Promise<void> {
    if (account) {
      const n = (this.inFlight.get(account) ?? 1) - 1
      if (n > 0) this.inFlight.set(account, n)
      else this.inFlight.delete(account)
    }
    const pair = account ? `${account}|${ip}` : undefined
    if (outcome === "success") {
      if (pair) await Promise.all([this.byAccountAddress.delete(pair), this.known.set(pair, 1, KNOWN_SECONDS)])
      return
    }
    if (outcome !== "failure") return
    const [, , day] = await Promise.all([
      this.byIp.penalty(ip),
      pair ? this.byAccountAddress.penalty(pair) : null,
      account ? this.accountDay.penalty(account) : null,
    ])
    if (!account || !day) return
    const wait = backoffSeconds(day.consumedPoints, this.config.freePerAccount, this.config.maxBackoffSeconds)
    if (wait > 0) await this.backoff.block(account, wait)
  }

  /** Counts a registration attempt from this address on this route (before it runs). */
  async registration(ip: string, route: string): Promise<Verdict> {
    try {
      await this.registrations.consume(`${route}|${ip}`)
      return { allowed: true }
    } catch (err) {
      const res = err as RateLimiterRes
      if (typeof res?.msBeforeNext !== "number") throw err
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }
    }
  }
}

let shared: LoginThrottle | undefined
/** One throttle per process, configured from the environment on first use. */
export function loginThrottle(): LoginThrottle {
  shared ??= new LoginThrottle(throttleConfig())
  return shared
}
