import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { loginThrottle, tooManyAttemptsMessage } from "../../lib/login-throttle"

/**
 * Throttles email/password logins (customer and admin) against brute force:
 * see src/lib/login-throttle.ts. Only the login itself: registration and
 * password reset live on other paths.
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
  if (!verdict.allowed) {
    res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
    res.status(429).json({
      type: "too_many_requests",
      message: tooManyAttemptsMessage(verdict.retryAfterSeconds),
      retry_after: verdict.retryAfterSeconds,
    })
    return
  }
  res.on("finish", () => {
    if (res.statusCode < 400) void throttle.succeeded(attempt).catch(() => undefined)
  })
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleLogin] },
]
