import { MedusaError } from "@medusajs/framework/utils"
import { GREAT_SALE_ERRORS } from "../../contract/errors"
import { assertDiscountPercent } from "./sale-price"
export { batikTree, withDescendants } from "./category-tree"

export type GreatSaleDraft = {
  name: string
  discount_percent: number
  starts_at: Date | string
  ends_at: Date | string
  category_ids?: string[] | null
  product_ids?: string[] | null
  overrides?: { product_id: string; discount_percent: number }[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, GREAT_SALE_ERRORS.INVALID_SALE)

/** Percentages: the sale's and every override's, each a whole 10–30. */
export function assertPercentages(draft: GreatSaleDraft): void {
  assertDiscountPercent(draft.discount_percent)
  ;(draft.overrides ?? []).forEach((o, i) => assertDiscountPercent(o.discount_percent, `overrides[${i}].discount_percent`))
}

/** ends_at after starts_at, and not already past. */
export function assertWindow(draft: Pick<GreatSaleDraft, "starts_at" | "ends_at">, now: Date = new Date()): void {
  const start = new Date(draft.starts_at).getTime()
  const end = new Date(draft.ends_at).getTime()
  if (Number.isNaN(start) || Number.isNaN(end)) throw invalid("starts_at dan ends_at harus tanggal yang sah")
  if (end <= start) throw invalid("ends_at harus setelah starts_at")
  if (end <= now.getTime()) throw invalid("ends_at sudah lewat")
}

export type BatikCatalogue = {
  /** The Batik category and every descendant. */
  batikCategoryIds: Set<string>
  /** Categories named in the draft that exist (id → name). */
  categoryNames: Map<string, string>
  /** Products named in the draft or its overrides that exist: id → title and category ids. */
  products: Map<string, { title: string; category_ids: string[] }>
}

/**
 * Batik only: every category is Batik or below it, every chosen product (and every
 * override) belongs to such a category, and the scope is not empty.
 */
export function assertBatikScope(draft: GreatSaleDraft, catalogue: BatikCatalogue): void {
  const categoryIds = draft.category_ids ?? []
  const productIds = draft.product_ids ?? []
  if (!categoryIds.length && !productIds.length) {
    throw invalid("Cakupan kosong: pilih minimal satu kategori batik atau satu produk batik")
  }
  const unknownCategories = categoryIds.filter((id) => !catalogue.categoryNames.has(id))
  if (unknownCategories.length) throw invalid(`Kategori tidak ditemukan: ${unknownCategories.join(", ")}`)
  const nonBatikCategories = categoryIds.filter((id) => !catalogue.batikCategoryIds.has(id))
  if (nonBatikCategories.length) {
    throw invalid(
      `Hanya batik yang boleh ikut Great Sale; bukan kategori batik: ${nonBatikCategories
        .map((id) => catalogue.categoryNames.get(id))
        .join(", ")}`
    )
  }
  const named = [...productIds, ...(draft.overrides ?? []).map((o) => o.product_id)]
  const unknownProducts = named.filter((id) => !catalogue.products.has(id))
  if (unknownProducts.length) throw invalid(`Produk tidak ditemukan: ${[...new Set(unknownProducts)].join(", ")}`)
  const nonBatik = [...new Set(named)].filter(
    (id) => !catalogue.products.get(id)!.category_ids.some((c) => catalogue.batikCategoryIds.has(c))
  )
  if (nonBatik.length) {
    throw invalid(
      `Hanya batik yang boleh ikut Great Sale; bukan produk batik: ${nonBatik
        .map((id) => catalogue.products.get(id)!.title)
        .join(", ")}`
    )
  }
}
