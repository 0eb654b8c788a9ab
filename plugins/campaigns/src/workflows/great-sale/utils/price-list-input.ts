import type { GreatSaleRecord } from "../../../modules/great-sale"

/** The Medusa price list a sale generates: type sale, active, the sale's window. */
export function priceListFor(
  sale: Pick<GreatSaleRecord, "name" | "description" | "starts_at" | "ends_at">,
  prices: { variant_id: string; amount: number; currency_code: string }[]
) {
  return {
    price_lists_data: [
      {
        title: `Great Sale: ${sale.name}`,
        description: sale.description || `Great Sale Batik Sleman "${sale.name}"`,
        type: "sale" as const,
        status: "active" as const,
        starts_at: new Date(sale.starts_at).toISOString(),
        ends_at: new Date(sale.ends_at).toISOString(),
        prices,
      },
    ],
  }
}

export const link = (great_sale_id: string, price_list_id: string) => ({
  greatSale: { great_sale_id },
  pricing: { price_list_id },
})
