/**
 * Product photos at the size a page shows them: WebP from the /_image
 * endpoint (Astro's image service, see src/image-endpoint.ts) with a srcset,
 * so cards and 64 px thumbnails never download the full-size photo.
 */
import { getImage } from "astro:assets"
import { imageUrl } from "./medusa.server"
import { PLACEHOLDER_IMAGE } from "./images"

export interface ShownImage {
  src: string
  srcset?: string
  sizes?: string
  width: number
  height: number
}

/** Square photos: the seed's are 480×480, so nothing wider is ever asked for. */
export const MAX_SOURCE_WIDTH = 480

/**
 * WebP quality. The catalogue's flat illustrations keep clean edges at 45
 * (a 330 px card ≈ 12 KB instead of a 38 KB PNG); photos would look fine too.
 */
export const QUALITY = 45

export async function shownImage(
  url: string | null | undefined,
  opts: { width: number; widths?: number[]; densities?: number[]; sizes?: string; quality?: number },
): Promise<ShownImage> {
  const src = imageUrl(url)
  const { width } = opts
  if (src === PLACEHOLDER_IMAGE) return { src, width, height: width }
  const widths = opts.widths?.filter((w) => w <= MAX_SOURCE_WIDTH)
  const image = await getImage({
    src,
    width,
    height: width,
    fit: "cover",
    format: "webp",
    quality: opts.quality ?? QUALITY,
    ...(widths ? { widths, sizes: opts.sizes } : { densities: opts.densities ?? [1, 2] }),
  })
  return {
    src: image.src,
    srcset: image.srcSet.attribute || undefined,
    sizes: widths ? opts.sizes : undefined,
    width,
    height: width,
  }
}
