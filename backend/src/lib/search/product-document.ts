/**
 * One product as the search index holds it, built from a `query.graph` row.
 * Pure: unit-tested without a database.
 */

export type ProductSearchDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  status: string
  created_at: string | Date
  sales_channel_ids: string[]
  category_names: string[]
  category_handles: string[]
  collection: string | null
  tags: string[]
  seller: string | null
  skus: string[]
  /** lowest current price in IDR (the sale price while a sale runs); null without a price */
  price: number | null
  /** the regular price of the variant that gives `price` */
  original_price: number | null
  on_sale: boolean
  in_stock: boolean
}

type LocationLevel = { stocked_quantity?: number | null; reserved_quantity?: number | null }
type VariantRow = {
  sku?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  calculated_price?: {
    calculated_amount?: number | string | null
    original_amount?: number | string | null
    currency_code?: string | null
    calculated_price?: { price_list_type?: string | null } | null
  } | null
  inventory_items?: {
    required_quantity?: number | null
    inventory?: { location_levels?: LocationLevel[] | null } | null
  }[] | null
}

export type ProductRow = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  handle: string
  thumbnail?: string | null
  status: string
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  sales_channels?: { id: string }[] | null
  categories?: { name: string; handle: string }[] | null
  collection?: { title: string } | null
  tags?: { value: string }[] | null
  variants?: VariantRow[] | null
}

const num = (v: unknown): number | null => {
  if (v === null || v === undefined || v === "") return null
  const n = typeof v === "object" && v !== null && "value" in (v as any) ? Number((v as any).value) : Number(v)
  return Number.isFinite(n) ? n : null
}

/** A variant can be bought: inventory not managed, backorders allowed, or enough available at some location. */
export function variantInStock(variant: VariantRow): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  if (!items.length) return false
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, l) => sum + (Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0)),
      0
    )
    return available >= Math.max(1, Number(item.required_quantity ?? 1))
  })
}

export function toProductDocument(row: ProductRow): ProductSearchDocument {
  const variants = row.variants ?? []
  let price: number | null = null
  let original: number | null = null
  let onSale = false
  for (const v of variants) {
    const cp = v.calculated_price
    const amount = num(cp?.calculated_amount)
    if (amount === null) continue
    const regular = num(cp?.original_amount) ?? amount
    const sale = cp?.calculated_price?.price_list_type === "sale" && amount < regular
    if (sale) onSale = true
    if (price === null || amount < price) {
      price = amount
      original = regular
    }
  }
  const seller = row.metadata?.seller
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    handle: row.handle,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    created_at: row.created_at,
    sales_channel_ids: (row.sales_channels ?? []).map((s) => s.id),
    category_names: (row.categories ?? []).map((c) => c.name),
    category_handles: (row.categories ?? []).map((c) => c.handle),
    collection: row.collection?.title ?? null,
    tags: (row.tags ?? []).map((t) => t.value),
    seller: typeof seller === "string" && seller.trim() ? seller.trim() : null,
    skus: variants.map((v) => v.sku).filter((s): s is string => !!s),
    price,
    original_price: original,
    on_sale: onSale,
    in_stock: variants.some(variantInStock),
  }
}
