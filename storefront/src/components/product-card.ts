/**
 * What a product card (ProductCard.astro) shows, whatever the product came
 * from: the catalogue's store API (features/catalog: `productCard`) or a
 * search hit (features/search: `searchHitCard`).
 */
export type ProductCardData = {
  handle: string
  title: string
  thumbnail: string | null | undefined
  seller: string | null
  amount: number | null | undefined
  /** Crossed out when higher than `amount`. */
  original: number | null | undefined
  /** "Mulai" before the price: the variants are priced differently. */
  from?: boolean
  /** A running Great Sale's percentage for the product: its "-20%" badge. */
  salePercent?: number
  /** Known only to be discounted (a search hit): a "Diskon" badge. */
  onSale?: boolean
  /** "Stok habis". */
  soldOut?: boolean
}

/** Photo `sizes` of a card in the catalogue's 4-column grid (ProductGrid). */
export const GRID_CARD_SIZES = "(min-width: 72rem) 17rem, (min-width: 900px) calc(25vw - 1.25rem), calc(50vw - 1.4rem)"
