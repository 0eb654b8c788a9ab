import type { MedusaContainer } from "@medusajs/framework/types"
import { syncLiveGreatSales } from "../workflows/great-sale/sync-live-great-sales"

/**
 * Safety net for the live scope: adding products to a category through the admin's
 * category screen emits no event, so every minute the running sales' price lists are
 * compared with the catalogue (a no-op when nothing changed).
 */
export default async function greatSaleScopeReconcile(container: MedusaContainer) {
  await syncLiveGreatSales(container, "reconcile")
}

export const config = {
  name: "great-sale-scope-reconcile",
  schedule: "* * * * *",
}
