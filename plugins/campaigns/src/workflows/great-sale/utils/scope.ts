import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { SaleWindow } from "../../../domain/great-sale/overlap"
import { batikTree, withDescendants, type BatikCatalogue, type GreatSaleDraft } from "../../../domain/great-sale/validate"
import { greatSaleService } from "./great-sale-service"

/** Cross-module reads: what a sale covers in the product catalogue (no writes here). */

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

/** Scheduled and active sales with the products they cover (for the overlap rule). */
export async function liveSaleWindows(container: MedusaContainer, now = new Date()): Promise<SaleWindow[]> {
  const sales = await greatSaleService(container).listLiveSales(now)
  const categories = await listCategories(container)
  return Promise.all(
    sales.map(async (s) => ({ id: s.id, name: s.name, starts_at: s.starts_at, ends_at: s.ends_at, product_ids: await scopeProductIds(container, s, categories) }))
  )
}

/** Sales running now (soonest-ending first), each with the published products it covers. */
export async function runningSalesWithProducts(container: MedusaContainer, now = new Date()) {
  const sales = await greatSaleService(container).listRunningSales(now)
  const categories = sales.length ? await listCategories(container) : []
  return Promise.all(
    sales.map(async (sale) => {
      // shoppers only ever see published products (drafts still get prices: see syncs)
      const inScope = await scopeProductIds(container, sale, categories)
      const published = inScope.length
        ? await container.resolve(Modules.PRODUCT).listProducts({ id: inScope, status: "published" }, { select: ["id"], take: null })
        : []
      return { sale, product_ids: published.map((p) => p.id).sort() }
    })
  )
}
