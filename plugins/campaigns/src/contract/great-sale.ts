/**
 * Great Sale as the plugin's HTTP API returns it (JSON: dates are ISO strings).
 * Types only, no runtime code: the admin extension imports them directly and the
 * storefront through the package export `@pasar-sleman/campaigns/contract`.
 * The shapes are built (typed with these, so drift fails the type check) in
 * `api/views/great-sale.ts`.
 */

/** Derived from the dates and the two recorded actions (activate, cancel). */
export type GreatSaleStatus = "draft" | "scheduled" | "active" | "ended" | "cancelled"

/** A product's own percentage, instead of the sale's. */
export type GreatSaleOverride = { product_id: string; discount_percent: number }

/** Smallest and largest percentage a sale advertises ("Diskon 20–30%"). */
export type GreatSaleDiscountRange = { min: number; max: number }

/** A sale in `GET /admin/great-sales`: stored fields, derived status and discount range. */
export type AdminGreatSale = {
  id: string
  name: string
  description: string | null
  discount_percent: number
  discount_range: GreatSaleDiscountRange
  starts_at: string
  ends_at: string
  category_ids: string[]
  product_ids: string[]
  overrides: GreatSaleOverride[]
  status: GreatSaleStatus
  activated_at: string | null
  cancelled_at: string | null
}

/** One sale (`GET /admin/great-sales/:id`, and every admin write): plus its generated price list. */
export type AdminGreatSaleDetail = AdminGreatSale & { price_list_id: string | null }

/** `GET /admin/great-sales` */
export type AdminGreatSaleListResponse = { great_sales: AdminGreatSale[]; count: number }

/** `GET /admin/great-sales/:id`, `POST /admin/great-sales[/:id[/activate|/cancel]]` */
export type AdminGreatSaleResponse = { great_sale: AdminGreatSaleDetail }

/** One variant of `GET /admin/great-sales/:id/preview`: normal and sale price (IDR). */
export type AdminGreatSalePreviewVariant = {
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

/** `GET /admin/great-sales/:id/preview` */
export type AdminGreatSalePreviewResponse = {
  currency_code: string
  variants: AdminGreatSalePreviewVariant[]
  count: number
}

/** Orders placed in the sale's window with its products below their normal price. */
export type AdminGreatSaleReport = {
  great_sale_id: string
  currency_code: string
  orders: number
  units_sold: number
  revenue: number
  total_discount: number
}

/** `GET /admin/great-sales/:id/report` */
export type AdminGreatSaleReportResponse = { report: AdminGreatSaleReport }

/** A sale running now, as shoppers see it: only published products in scope. */
export type StoreActiveGreatSale = {
  id: string
  name: string
  description: string | null
  starts_at: string
  ends_at: string
  discount_range: GreatSaleDiscountRange
  product_ids: string[]
  /** The advertised percentage per product (badges "-20%"): the sale's or its override. */
  product_discounts: GreatSaleOverride[]
}

/** `GET /store/great-sales/active` (soonest-ending first; empty when none runs). */
export type StoreActiveGreatSalesResponse = { great_sales: StoreActiveGreatSale[] }
