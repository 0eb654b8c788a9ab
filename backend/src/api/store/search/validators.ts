import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A search box query, not a document. */
export const MAX_QUERY_LENGTH = 200

const query = z
  .object({
    filters: z
      .object({ q: z.string().max(MAX_QUERY_LENGTH, `q: at most ${MAX_QUERY_LENGTH} characters`).optional() })
      .passthrough()
      .optional(),
    pagination: z
      .object({ skip: z.number().int().nonnegative().max(10_000, "pagination.skip: at most 10000").optional() })
      .passthrough()
      .optional(),
  })
  .passthrough()

const body = z.union([z.object({ queries: z.array(query) }).passthrough(), query])

/**
 * Extra limits on top of the route's own schema (which checks the shape):
 * a long `q` or a huge `skip` would otherwise reach the engine.
 */
export function checkStoreSearchBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = body.safeParse(req.body ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid search request: ${issue.message}`))
  }
  next()
}
