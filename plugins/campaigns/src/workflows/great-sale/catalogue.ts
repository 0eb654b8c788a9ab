import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { GREAT_SALE_MODULE } from "../../modules/great-sale"
import type GreatSaleModuleService from "../../modules/great-sale/service"
import { discountRange, percentFor, salePrice } from "../../domain/great-sale/sale-price"
import { greatSaleStatus, isLive, type GreatSaleStatus } from "../../domain/great-sale/status"
import { batikTree, withDescendants, type BatikCatalogue, type GreatSaleDraft } from "../../domain/great-sale/validate"
import type { SaleWindow } from "../../domain/great-sale/overlap"

/** Reads shared by the great-sale steps (no writes here). */

export type Override = { product_id: string; discount_percent: number }
export type GreatSaleRecord = {
  id: string
  name: string
  description: string | null
  discount_percent: number
  starts_at: Date
  ends_at: Date
  category_ids: string[]
  product_ids: string[]
  overrides: Override[] | null
  activated_at: Date | null
  cancelled_at: Date | null
  start_handled_at: Date | null
  end_handled_at: Date | null
}

export const CURRENCY = "idr"

export function greatSaleService(container: MedusaContainer): GreatSaleModuleService {
  return container.resolve(GREAT_SALE_MODULE)
}

export async function retrieveGreatSale(container: MedusaContainer, id: string): Promise<GreatSaleRecord> {
  const [sale] = await greatSaleService(container).listGreatSales({ id })
  if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Great Sale ${id} tidak ditemukan`)
  return sale as unknown as GreatSaleRecord
}

export async function listCategories(container: MedusaContainer) {
  const productModule = container.resolve(Modules.PRODUCT)
  return productModule.listProductCategories({}, { select: ["id", "name", "handle", "parent_category_id"], take: null })
}

/** The products a sale covers right now: its categories (and their children), its chosen products, its overrides. */
export async function scopeProductIds(
  container: MedusaContainer,
  sale: Pick<GreatSaleDraft, "category_ids" | "product_ids" | "overrides">,
  categories?: { id: string; parent_category_id?: string | null }[]
): Promise<string[]> {
  const ids = new Set<string>([...(sale.product_ids ?? []), ...(sale.overrides ?? []).map((o) => o.product_id)])
  if (sale.category_ids?.length) {
    const tree = withDescendants(categories ?? (await listCategories(container)), sale.category_ids)
    const productModule = container.resolve(Modules.PRODUCT)
    const products = await productModule.listProducts({ categories: { id: [...tree] } }, { select: ["id"], take: null })
    products.forEach((p) => ids.add(p.id))
  }
  return [...ids].sort()
}

/** What the batik-only rule needs to know about the categories and products a draft names. */
export async function batikCatalogue(container: MedusaContainer, draft: GreatSaleDraft): Promise<BatikCatalogue> {
  const categories = await listCategories(container)
  const named = [...new Set([...(draft.product_ids ?? []), ...(draft.overrides ?? []).map((o) => o.product_id)])]
  const productModule = container.resolve(Modules.PRODUCT)
  const products = named.length
    ? await productModule.listProducts({ id: named }, { relations: ["categories"], select: ["id", "title", "categories.id"], take: null })
    : []
  return {
    batikCategoryIds: batikTree(categories),
    categoryNames: new Map(categories.map((c) => [c.id, c.name])),
    products: new Map(products.map((p) => [p.id, { title: p.title, category_ids: (p.categories ?? []).map((c) => c!.id) }])),
  }
}

export function statusOf(sale: GreatSaleRecord, now = new Date()): GreatSaleStatus {
  return greatSaleStatus(sale, now)
}

/** Scheduled and active sales with the products they cover (for the overlap rule). */
export async function liveSaleWindows(container: MedusaContainer, now = new Date()): Promise<SaleWindow[]> {
  const sales = (await greatSaleService(container).listGreatSales(
    { cancelled_at: null, activated_at: { $ne: null }, ends_at: { $gt: now } },
    { take: null }
  )) as unknown as GreatSaleRecord[]
  const categories = await listCategories(container)
  return Promise.all(
    sales
      .filter((s) => isLive(statusOf(s, now)))
      .map(async (s) => ({ id: s.id, name: s.name, starts_at: s.starts_at, ends_at: s.ends_at, product_ids: await scopeProductIds(container, s, categories) }))
  )
}

export type VariantSalePrice = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  normal_amount: number
  sale_amount: number
  discount_percent: number
}

/** Per variant of the given products: the normal IDR price and the sale price (domain rule). */
export async function variantSalePrices(
  container: MedusaContainer,
  sale: Pick<GreatSaleDraft, "discount_percent" | "overrides">,
  productIds: string[]
): Promise<VariantSalePrice[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.prices.price_list_id",
      "variants.prices.rules_count",
    ],
    filters: { id: productIds },
  })
  const rows: VariantSalePrice[] = []
  for (const product of products as any[]) {
    const percent = percentFor(product.id, sale)
    for (const variant of product.variants ?? []) {
      const base = (variant.prices ?? []).find(
        (p: any) => p.currency_code === CURRENCY && !p.price_list_id && !p.rules_count
      )
      if (!base) continue
      const normal = Number(base.amount)
      rows.push({
        product_id: product.id,
        product_title: product.title,
        variant_id: variant.id,
        variant_title: variant.title,
        sku: variant.sku ?? null,
        normal_amount: normal,
        sale_amount: salePrice(normal, percent),
        discount_percent: percent,
      })
    }
  }
  return rows.sort((a, b) => a.product_title.localeCompare(b.product_title) || a.variant_title.localeCompare(b.variant_title))
}

/** The id of the price list linked to a sale, if any. */
export async function linkedPriceListId(container: MedusaContainer, saleId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "great_sale",
    fields: ["id", "price_list.id"],
    filters: { id: saleId },
  })
  return (data[0] as any)?.price_list?.id ?? null
}

/** Sales running now, as shoppers see them (store API, GET /store/campaigns). */
export async function activeGreatSales(container: MedusaContainer, now = new Date()) {
  const sales = (await greatSaleService(container).listGreatSales(
    { cancelled_at: null, activated_at: { $ne: null }, starts_at: { $lte: now }, ends_at: { $gt: now } },
    { order: { ends_at: "ASC" }, take: null }
  )) as unknown as GreatSaleRecord[]
  const categories = sales.length ? await listCategories(container) : []
  return Promise.all(
    sales.map(async (s) => {
      // shoppers only ever see published products (drafts still get prices: see syncs)
      const inScope = await scopeProductIds(container, s, categories)
      const published = inScope.length
        ? await container.resolve(Modules.PRODUCT).listProducts({ id: inScope, status: "published" }, { select: ["id"], take: null })
        : []
      const product_ids = published.map((p) => p.id).sort()
      return {
        id: s.id,
        name: s.name,
        description: s.description,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        discount_range: discountRange(s),
        product_ids,
        // the advertised percentage per product (badges "-20%"): the sale's or its override
        product_discounts: product_ids.map((product_id) => ({ product_id, discount_percent: percentFor(product_id, s) })),
      }
    })
  )
}

/** Ids of the scheduled and active sales (their price lists exist and may need syncing). */
export async function liveSaleIds(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const sales = await greatSaleService(container).listGreatSales(
    { cancelled_at: null, activated_at: { $ne: null }, ends_at: { $gt: now } },
    { select: ["id"], take: null }
  )
  return sales.map((s) => s.id)
}

/**
 * Whether any great sale changed the prices in force after `since`: a start or end
 * that passed, an activation, a cancellation or an edit. Carts priced after the last
 * such moment need no repricing.
 */
export async function greatSalePricesChangedSince(container: MedusaContainer, since: Date, now = new Date()): Promise<boolean> {
  const [hit] = await greatSaleService(container).listGreatSales(
    {
      activated_at: { $ne: null },
      $or: [
        { starts_at: { $gt: since, $lte: now } },
        { ends_at: { $gt: since, $lte: now } },
        { activated_at: { $gt: since } },
        { cancelled_at: { $gt: since } },
        { updated_at: { $gt: since } },
      ],
    } as any,
    { select: ["id"], take: 1 }
  )
  return !!hit
}
