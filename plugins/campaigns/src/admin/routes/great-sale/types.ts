export type GreatSale = {
  id: string
  name: string
  description: string | null
  discount_percent: number
  discount_range: { min: number; max: number }
  starts_at: string
  ends_at: string
  category_ids: string[]
  product_ids: string[]
  overrides: { product_id: string; discount_percent: number }[]
  status: "draft" | "scheduled" | "active" | "ended" | "cancelled"
  price_list_id?: string | null
}

export type PreviewRow = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  normal_price: number
  sale_price: number
  discount_percent: number
  discount_amount: number
}

export type Report = { orders: number; units_sold: number; revenue: number; total_discount: number }
