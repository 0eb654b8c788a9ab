/**
 * The one error type of every failed backend call (see `backendFetch` in
 * medusa.server.ts): pages and features never see the js-sdk's `FetchError`,
 * which keeps only the message and the status and drops the rest of the body.
 *
 * Medusa answers a failed request with a JSON body
 * `{ "type": "not_allowed", "message": "…", "code"?: "group_buy.quota_exceeded" }`:
 *   status   the HTTP status; undefined when the backend gave no answer at all
 *            (unreachable, or the call ran past its deadline — see `cause`)
 *   type     Medusa's error type (`invalid_data`, `not_allowed`, `not_found`,
 *            `unauthorized`, `unknown_error`, …)
 *   code     a stable code when the backend sent one: the campaigns plugin's
 *            contract codes (`@pasar-sleman/campaigns/contract`), or one of
 *            Medusa's own (`invalid_request_error`, `unknown_error`, …)
 *   message  the backend's own words: for logs and the few core errors that
 *            carry nothing else; never shown to a shopper.
 */
export class BackendError extends Error {
  readonly status: number | undefined
  readonly type: string | undefined
  readonly code: string | undefined

  constructor(
    message: string,
    details: { status?: number; type?: string; code?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = "BackendError"
    this.status = details.status
    this.type = details.type
    this.code = details.code
  }
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined)

/**
 * The error a failed response stands for, read from its JSON body (a body that
 * is not JSON leaves type and code unset, the message falls back to the status text).
 */
export async function backendErrorFrom(response: Response): Promise<BackendError> {
  const body: unknown = await response.json().catch(() => ({}))
  const fields = body && typeof body === "object" ? (body as Record<string, unknown>) : {}
  return new BackendError(text(fields.message) ?? response.statusText, {
    status: response.status,
    type: text(fields.type),
    code: text(fields.code),
  })
}

/** The backend could not be asked (network failure, deadline): no status. */
export function unreachable(cause: unknown): BackendError {
  return new BackendError(cause instanceof Error ? cause.message : String(cause), { cause })
}
