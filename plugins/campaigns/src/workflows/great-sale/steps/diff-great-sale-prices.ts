import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Wanted = { variant_id: string; amount: number; currency_code: string }

/**
 * Compares a sale's price list with the prices it should hold now (live scope:
 * products that joined or left the scope, base prices that changed). Read only.
 */
export const diffGreatSalePricesStep = createStep(
  "diff-great-sale-prices",
  async ({ price_list_id, wanted }: { price_list_id: string; wanted: Wanted[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "price_list",
      fields: ["id", "prices.id", "prices.amount", "prices.currency_code", "prices.price_set.variant.id", "prices.price_set.variant.product_id"],
      filters: { id: price_list_id },
    })
    const current = ((data[0] as any)?.prices ?? []).map((p: any) => ({
      id: p.id as string,
      amount: Number(p.amount),
      variant_id: p.price_set?.variant?.id as string | undefined,
      product_id: p.price_set?.variant?.product_id as string | undefined,
    }))
    const byVariant = new Map<string, (typeof current)[number]>(current.filter((p) => p.variant_id).map((p) => [p.variant_id!, p]))
    const wantedVariants = new Set(wanted.map((w) => w.variant_id))
    const create = wanted.filter((w) => !byVariant.has(w.variant_id))
    const update = wanted
      .filter((w) => byVariant.has(w.variant_id) && byVariant.get(w.variant_id)!.amount !== w.amount)
      .map((w) => ({ id: byVariant.get(w.variant_id)!.id, ...w }))
    const removed = current.filter((p) => !p.variant_id || !wantedVariants.has(p.variant_id))
    const changedVariants = [...create, ...update].map((w) => w.variant_id)
    return new StepResponse({
      create,
      update,
      delete: removed.map((p) => p.id),
      changed_variant_ids: changedVariants,
      removed_product_ids: removed.map((p) => p.product_id).filter(Boolean) as string[],
      changed: create.length + update.length + removed.length > 0,
    })
  }
)
