import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { loginThrottle, tooManyAttemptsMessage, tooManyRegistrationsMessage, type Outcome } from "../../lib/login-throttle"

function tooMany(res: MedusaResponse, retryAfterSeconds: number, message: string) {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({ type: "too_many_requests", message, retry_after: retryAfterSeconds })
}

/**
 * Throttles email/password logins (customer and admin) against guessing: see
 * src/lib/login-throttle.ts. Only failures count, once the answer is known
 * (401); a correct password never counts.
 */
export async function throttleLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const throttle = loginThrottle()
  const body = (req.body ?? {}) as { email?: unknown }
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  const attempt = {
    ip: throttle.clientIp(req),
    account: email ? `${req.params.actor_type}:${email}` : undefined,
  }
  const verdict = await throttle.begin(attempt)
  if (!verdict.allowed) return tooMany(res, verdict.retryAfterSeconds, tooManyAttemptsMessage(verdict.retryAfterSeconds))
  let done = false
  const finish = (outcome: Outcome) => {
    if (done) return
    done = true
    void throttle.finish(attempt, outcome).catch(() => undefined)
  }
  res.on("finish", () => finish(res.statusCode < 300 ? "success" : res.statusCode === 401 ? "failure" : "other"))
  // A client that hangs up before the answer still frees its in-flight place.
  res.on("close", () => finish(res.statusCode === 401 ? "failure" : "other"))
  next()
}

/**
 * Registration (identity and customer) per client address: one address may
 * create only so many accounts an hour (sized for shared mobile addresses).
 */
export async function throttleRegistration(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const throttle = loginThrottle()
  const route = req.params.actor_type ? `auth:${req.params.actor_type}` : "store-customers"
  const verdict = await throttle.registration(throttle.clientIp(req), route)
  if (!verdict.allowed) {
    return tooMany(res, verdict.retryAfterSeconds, tooManyRegistrationsMessage(verdict.retryAfterSeconds))
  }
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleLogin] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [throttleRegistration] },
]
