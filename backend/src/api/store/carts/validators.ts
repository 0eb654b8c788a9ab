import { z } from "@medusajs/framework/zod"

/**
 * Quantities in the store cart routes. Medusa's own validators accept any
 * positive number and round it later (1.5 is charged as 2, 0.4 makes a line of
 * 0). These run next to Medusa's and only check what they add: whole numbers.
 * Keys they do not name pass through untouched.
 */
const whole = (min: number, hint: string) =>
  z.unknown().superRefine((value, ctx) => {
    if (typeof value === "number" && Number.isInteger(value) && value >= min) return
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be a whole number of at least ${min}${hint}, got ${JSON.stringify(value) ?? "nothing"}`,
    })
  })

export const AddLineItemQuantity = z.object({ quantity: whole(1, "") }).passthrough()

/** 0 stays allowed here: Medusa documents it as "remove the line". */
export const UpdateLineItemQuantity = z.object({ quantity: whole(0, " (0 removes the line)") }).passthrough()

export const CreateCartItemQuantities = z
  .object({ items: z.array(z.object({ quantity: whole(1, "") }).passthrough()).optional().nullable() })
  .passthrough()
