import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncLiveGreatSales } from "../workflows/great-sale/sync-live-great-sales"

/**
 * Live scope: a product created in / moved into / out of a category in a sale's scope,
 * a variant added, or a normal price changed → the running sales' price lists follow.
 */
export default async function greatSaleLiveScope({ event, container }: SubscriberArgs<unknown>) {
  await syncLiveGreatSales(container, event.name)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "product-category.updated",
    "product-category.deleted",
  ],
  context: { subscriberId: "great-sale-live-scope" },
}
