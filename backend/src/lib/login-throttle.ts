/**
 * Login throttling (rate-limiter-flexible): failed logins are counted per
 * account (actor type + email) and per client IP in a fixed window. Once either
 * count reaches its limit, further attempts get 429 until the window ends.
 * Counters live in memory, or in Redis when REDIS_URL is set (shared by every
 * backend process), with an in-memory fallback if Redis stops answering.
 */
import Redis from "ioredis"
import proxyaddr from "proxy-addr"
import type { IncomingMessage } from "node:http"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

type Env = Record<string, string | undefined>

export type ThrottleConfig = {
  windowSeconds: number
  maxPerAccount: number
  maxPerIp: number
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
    maxPerAccount: positiveInt(env, "LOGIN_THROTTLE_MAX_PER_ACCOUNT", 5),
    maxPerIp: positiveInt(env, "LOGIN_THROTTLE_MAX_PER_IP", 20),
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

export type Attempt = { ip: string; account?: string }
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export class LoginThrottle {
  private readonly byIp: RateLimiterAbstract
  private readonly byAccount: RateLimiterAbstract
  private readonly trust: ReturnType<typeof proxyaddr.compile>

  constructor(readonly config: ThrottleConfig) {
    this.trust = proxyaddr.compile(config.trustedProxies)
    const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : undefined
    // Connection errors are answered by the in-memory insurance limiter below.
    redis?.on("error", () => undefined)
    const limiter = (keyPrefix: string, points: number) => {
      const opts = { keyPrefix: `pasar:login:${keyPrefix}`, points, duration: config.windowSeconds }
      return redis
        ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts)
    }
    this.byIp = limiter("ip", config.maxPerIp)
    this.byAccount = limiter("account", config.maxPerAccount)
  }

  /**
   * The client's address: the socket's, or the one a trusted proxy (by default
   * only loopback, e.g. the storefront on the same host) put in X-Forwarded-For.
   * Anyone else's X-Forwarded-For is ignored, so it cannot be used to dodge the
   * per-IP count.
   */
  clientIp(req: IncomingMessage): string {
    return proxyaddr(req, this.trust)
  }

  /**
   * Counts the attempt before it runs (so parallel attempts cannot slip past the
   * limit); `succeeded` takes it back. Returns whether it may proceed.
   */
  async begin({ ip, account }: Attempt): Promise<Verdict> {
    const results = await Promise.allSettled([
      this.byIp.consume(ip),
      account ? this.byAccount.consume(account) : Promise.resolve(null),
    ])
    const waits: number[] = []
    for (const r of results) {
      if (r.status === "fulfilled") continue
      if (r.reason instanceof RateLimiterRes) waits.push(r.reason.msBeforeNext)
      else throw r.reason
    }
    if (!waits.length) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) }
  }

  /** A successful login clears the account's failures and does not count against the IP. */
  async succeeded({ ip, account }: Attempt): Promise<void> {
    await Promise.all([this.byIp.reward(ip, 1), account ? this.byAccount.delete(account) : null])
  }
}

let shared: LoginThrottle | undefined
/** One throttle per process, configured from the environment on first use. */
export function loginThrottle(): LoginThrottle {
  shared ??= new LoginThrottle(throttleConfig())
  return shared
}
