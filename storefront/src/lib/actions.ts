/**
 * The one helper behind every POST form endpoint under src/pages/api/.
 *
 *   export const POST = formAction({
 *     input: (form, ctx) => …typed input… | fail(page, "data_belum_lengkap"),
 *     run: async (input, ctx) => { …call a feature module…; return ok(page, "alamat_disimpan") },
 *     onError: (err) => failFrom(err, page, "checkout"),
 *   })
 *
 * The form is read with the body limit (body.ts); `input` turns it into the
 * endpoint's typed input or answers at once (a redirect with the reason);
 * `run` does the work; whatever `run` throws (a BackendError, see
 * medusa.server.ts) goes to `onError`. Every answer is a 303 redirect
 * (Post/Redirect/Get) carrying a code of the message catalogue (messages.ts):
 * success → `?info=<code>`, failure → `?error=<code>`, Borong Bareng → `?gb=<code>`.
 * Raw API errors are only logged.
 */
import type { APIContext, APIRoute } from "astro"
import { readLimited } from "./body"
import { errorCodeFromApi, statusOf, type ErrorContext } from "./errors"
import type { ErrorCode, GroupBuyCode, InfoCode } from "./messages"
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

export interface FormActionSpec<Input> {
  /** The form as this endpoint's typed input, or the redirect that refuses it. */
  input: (form: FormData, ctx: APIContext) => Input | Response
  /** The work; answers with the redirect of its outcome. */
  run: (input: Input, ctx: APIContext) => Promise<Response>
  /** The redirect for a failure thrown by `run`. */
  onError?: (err: unknown, input: Input, ctx: APIContext) => Response
}

export function formAction<Input>(spec: FormActionSpec<Input>): APIRoute {
  return async (ctx) => {
    const form = await readForm(ctx.request)
    const input = spec.input(form, ctx)
    if (input instanceof Response) return input
    if (!spec.onError) return spec.run(input, ctx)
    try {
      return await spec.run(input, ctx)
    } catch (err) {
      return spec.onError(err, input, ctx)
    }
  }
}

export function fail(path: string, code: ErrorCode, hash?: string): Response {
  return seeOther(withParams(path, { error: code }, hash))
}

export function ok(path: string, info?: InfoCode, hash?: string): Response {
  return seeOther(withParams(path, { info }, hash))
}

/** A Borong Bareng join/cancel outcome: `?gb=<code>`. */
export function groupBuyOutcome(path: string, code: GroupBuyCode, hash?: string): Response {
  return seeOther(withParams(path, { gb: code }, hash))
}

/** Log the real error server-side and redirect with its Indonesian code. */
export function failFrom(err: unknown, path: string, context: ErrorContext, hash?: string): Response {
  const code = errorCodeFromApi(err, context)
  const status = statusOf(err) ?? ""
  console.error(`[storefront] ${context} failed → ${code}:`, status, err instanceof Error ? err.message : err)
  return fail(path, code, hash)
}
