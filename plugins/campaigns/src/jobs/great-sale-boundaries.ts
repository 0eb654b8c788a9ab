import type { MedusaContainer } from "@medusajs/framework/types"
import { handleGreatSaleBoundariesWorkflow } from "../workflows/great-sale"

/**
 * Every 5 seconds: a sale's start or end that has passed is made visible (cached
 * product reads dropped, open carts repriced, great_sale.started/ended emitted), so
 * shoppers see the right price within 10 s of a boundary.
 */
export default async function greatSaleBoundaries(container: MedusaContainer) {
  await handleGreatSaleBoundariesWorkflow(container).run()
}

export const config = {
  name: "great-sale-boundaries",
  schedule: "*/5 * * * * *",
}
