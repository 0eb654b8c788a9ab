/**
 * Shared plumbing for the POST form endpoints under src/pages/api/.
 * Each endpoint reads the form, calls Medusa, and answers with a 303
 * redirect (Post/Redirect/Get): success → `?info=<code>`, failure →
 * `?error=<code>` (see errors.ts). Raw API errors are only logged.
 */
import { readLimited } from "./body"
import { errorCodeFromApi, statusOf, type ErrorCode, type ErrorContext } from "./errors"
import { seeOther, withParams } from "./session"

/**
 * The submitted form, read with the body limit (body.ts): a body above it
 * throws BodyTooLargeError, which the middleware answers with 413.
 */
export async function readForm(request: Request): Promise<FormData> {
  const bytes = await readLimited(request.body)
  try {
    const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded"
    return await new Response(bytes, { headers: { "content-type": type } }).formData()
  } catch {
    return new FormData()
  }
}

export function fail(path: string, code: ErrorCode, hash?: string): Response {
  return seeOther(withParams(path, { error: code }, hash))
}

export function ok(path: string, info?: string, hash?: string): Response {
  return seeOther(withParams(path, { info }, hash))
}

/** Log the real error server-side and redirect with its Indonesian code. */
export function failFrom(err: unknown, path: string, context: ErrorContext, hash?: string): Response {
  const code = errorCodeFromApi(err, context)
  const status = statusOf(err) ?? ""
  console.error(`[storefront] ${context} failed → ${code}:`, status, err instanceof Error ? err.message : err)
  return fail(path, code, hash)
}
