import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"

/** A variant's normal IDR price and the stock available for sale (read only). */
export const loadVariantFactsStep = createStep("load-variant-facts", async (input: { variant_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      "manage_inventory",
      "prices.amount",
      "prices.currency_code",
      "prices.price_rules.attribute",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.available_quantity",
    ],
    filters: { id: input.variant_id },
  })
  const variant = data[0] as any
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Varian ${input.variant_id} tidak ditemukan`, GROUP_BUY_ERRORS.INVALID_VARIANT)
  const price = (variant.prices ?? []).find((p: any) => p.currency_code === "idr" && !(p.price_rules ?? []).length)
  if (!price) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Varian ini belum punya harga Rupiah", GROUP_BUY_ERRORS.INVALID_VARIANT)
  let stock = Number.MAX_SAFE_INTEGER
  if (variant.manage_inventory) {
    stock = Math.min(
      ...(variant.inventory_items ?? []).map((ii: any) => {
        const available = (ii.inventory?.location_levels ?? []).reduce((s: number, l: any) => s + Number(l.available_quantity ?? 0), 0)
        return Math.floor(available / Number(ii.required_quantity ?? 1))
      }),
      Number.MAX_SAFE_INTEGER
    )
  }
  return new StepResponse({ variant_id: variant.id as string, product_id: variant.product_id as string, normal_price: Number(price.amount), stock })
})
