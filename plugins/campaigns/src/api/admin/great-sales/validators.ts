import { z } from "@medusajs/framework/zod"

// Shapes only: the rules (10–30, batik-only, dates, overlap) are the domain's, so
// they answer with the same words whether a route, a workflow or the seed asks.
const override = z.object({ product_id: z.string().min(1), discount_percent: z.number() }).strict()
const date = z.string().min(1)

export const AdminCreateGreatSale = z
  .object({
    name: z.string().trim().min(1, "name wajib diisi"),
    description: z.string().nullish(),
    discount_percent: z.number(),
    starts_at: date,
    ends_at: date,
    category_ids: z.array(z.string().min(1)).optional(),
    product_ids: z.array(z.string().min(1)).optional(),
    overrides: z.array(override).optional(),
  })
  .strict()
export type AdminCreateGreatSaleType = z.infer<typeof AdminCreateGreatSale>

export const AdminEditGreatSale = AdminCreateGreatSale.partial().strict()
export type AdminEditGreatSaleType = z.infer<typeof AdminEditGreatSale>
