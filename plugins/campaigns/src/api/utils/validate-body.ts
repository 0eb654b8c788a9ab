import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { VALIDATION_ERRORS } from "../../contract/errors"
import { validationMessage, type ValidationIssue } from "./validation-message"

/**
 * Medusa's `validateAndTransformBody` with the 400's message in Indonesian: Medusa's
 * own formatter words most zod problems in English ("Value for field 'quantity' too
 * small…") and drops the schema's messages. The body is checked here first (same strict
 * schema); a valid body then goes through Medusa's middleware unchanged (`validatedBody`).
 * The 400 carries the code `validation.invalid_body`.
 */
export function validateBody(schema: z.ZodObject<any>) {
  const strict = schema.strict()
  const medusa = validateAndTransformBody(schema)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = await strict.safeParseAsync(req.body)
    if (!parsed.success) {
      const message = validationMessage(parsed.error.issues as ValidationIssue[], req.body)
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message, VALIDATION_ERRORS.INVALID_BODY))
    }
    return medusa(req, res, next)
  }
}
