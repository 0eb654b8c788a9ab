/**
 * Types of the Pasar Sleman catalogue (@pasar-sleman/catalog). The data itself
 * is plain JavaScript (src/catalog.js, checked against these types by
 * `npm run check-types`), so the backend's seed, `medusa build`, vitest and the
 * image tool load it without a build step.
 */

export type CatalogCategory = {
  handle: string
  name: string
  description: string
}

export type CatalogVariant = {
  title: string
  sku: string
  /** Tepat satu nilai untuk setiap judul opsi produk. */
  options: Record<string, string>
  /** IDR, rupiah utuh, kelipatan 100. */
  price: number
  stock: number
  /** gram */
  weight?: number
}

export type ImageMotif =
  // batik
  | "kawung"
  | "parang"
  | "truntum"
  | "ceplok"
  | "sekarjagad"
  | "semarak"
  | "kemeja"
  // kuliner
  | "salak"
  | "keripik"
  | "kopi"
  | "bakpia"
  | "geplak"
  | "madu"
  | "emping"
  | "wedang"
  | "cokelat"
  | "dodol"
  // kerajinan
  | "bambu"
  | "kulit"
  | "dompet"
  | "gerabah"
  | "wayang"
  | "gunungan"
  | "topeng"
  | "caping"
  // kesehatan
  | "masker"
  | "sanitizer"
  | "jamu"
  | "atsiri"
  | "sabun"

/** Batik fabric used inside garment illustrations (kemeja, masker). */
export type BatikPattern = "kawung" | "parang" | "truntum" | "ceplok" | "semarak" | "sekarjagad"

export type CatalogProduct = {
  handle: string
  title: string
  subtitle?: string
  description: string
  /** CatalogCategory.handle */
  category: string
  /** Nama IKM penjual, salah satu dari sellers[].name */
  seller: string
  /** Kapanewon di Kabupaten Sleman, mis. "Turi" */
  sellerLocation: string
  material?: string
  options: { title: string; values: string[] }[]
  variants: CatalogVariant[]
  featured?: boolean
  tags?: string[]
  /**
   * Generated illustration: motif + three hex colours. `pattern` optionally
   * chooses the batik fabric drawn on garments (kemeja, masker).
   */
  image: { motif: ImageMotif; palette: [string, string, string]; pattern?: BatikPattern }
}

export type CatalogSeller = {
  name: string
  location: string
  description: string
}

export declare const imageMotifs: readonly ImageMotif[]
export declare const categories: CatalogCategory[]
export declare const sellers: CatalogSeller[]
export declare const catalog: CatalogProduct[]
