import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { activateGreatSaleWorkflow, createGreatSaleWorkflow } from "@pasar-sleman/campaigns/workflows"

export const DEMO_GREAT_SALE = {
  name: "Great Sale Batik Sleman",
  description: "Diskon 20% untuk semua batik Sleman, 30% untuk Batik Tulis Kawung Picis. Rayakan Hari Batik Nasional!",
  discount_percent: 20,
  days: 14,
  override: { handle: "batik-tulis-kawung-picis", discount_percent: 30 },
}

/**
 * Demo Great Sale: 20% on the whole Batik category from seed time for 14 days, one
 * product at 30%. Created and activated through the plugin's workflows (same rules as
 * the admin). Idempotent: a sale with this name, in any status (even cancelled by a
 * campaign manager), means there is nothing to do.
 */
export default async function seedGreatSale(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const greatSales = container.resolve("greatSale") as { listGreatSales: (f: object) => Promise<unknown[]> }
  if ((await greatSales.listGreatSales({ name: DEMO_GREAT_SALE.name })).length) {
    logger.info(`[seed] Great Sale "${DEMO_GREAT_SALE.name}" already present`)
    return
  }
  const productModule = container.resolve(Modules.PRODUCT)
  const [batik] = await productModule.listProductCategories({ handle: "batik" })
  const [special] = await productModule.listProducts({ handle: DEMO_GREAT_SALE.override.handle })
  if (!batik) throw new Error("[seed] Great Sale: the Batik category is missing")
  const now = Date.now()
  const { result: sale } = await createGreatSaleWorkflow(container).run({
    input: {
      name: DEMO_GREAT_SALE.name,
      description: DEMO_GREAT_SALE.description,
      discount_percent: DEMO_GREAT_SALE.discount_percent,
      starts_at: new Date(now).toISOString(),
      ends_at: new Date(now + DEMO_GREAT_SALE.days * 24 * 60 * 60 * 1000).toISOString(),
      category_ids: [batik.id],
      overrides: special ? [{ product_id: special.id, discount_percent: DEMO_GREAT_SALE.override.discount_percent }] : [],
    },
  })
  await activateGreatSaleWorkflow(container).run({ input: { id: sale.id } })
  logger.info(`[seed] Great Sale "${DEMO_GREAT_SALE.name}" active for ${DEMO_GREAT_SALE.days} days`)
}
