import type { GreatSaleOverride } from "../../contract/great-sale"

/** A great sale as the module stores it (dates as Date). */
export type GreatSaleRecord = {
  id: string
  name: string
  description: string | null
  discount_percent: number
  starts_at: Date
  ends_at: Date
  category_ids: string[]
  product_ids: string[]
  overrides: GreatSaleOverride[] | null
  activated_at: Date | null
  cancelled_at: Date | null
  start_handled_at: Date | null
  end_handled_at: Date | null
}
