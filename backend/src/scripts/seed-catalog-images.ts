import fs from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { fileBaseUrl } from "../lib/public-urls"

/**
 * The catalogue's illustrations are committed PNGs (drawn by the dev-only image
 * tool of content/catalog into backend/assets/catalog; `npm run build` copies them
 * into .medusa/server/assets). The seed copies them into file-local's upload
 * folder (./static, served at /static) and stores absolute URLs, so every Medusa
 * client shows them. No image library is needed at run time.
 */
export const CATALOG_ASSETS_DIR = path.join(process.cwd(), "assets", "catalog")
const UPLOAD_DIR = path.join(process.cwd(), "static", "catalog")

export function catalogImageUrl(name: string, env = process.env): string {
  return `${fileBaseUrl(env)}/catalog/${name}`
}

/** The image file names of one product, main picture first. */
export const productImageNames = (handle: string) => [`${handle}-1.png`, `${handle}-2.png`]

/** Copies missing or changed images into the upload folder; returns how many were copied. */
export function installCatalogImages(names: string[]): number {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true })
  let copied = 0
  for (const name of names) {
    const from = path.join(CATALOG_ASSETS_DIR, name)
    const to = path.join(UPLOAD_DIR, name)
    const source = fs.statSync(from, { throwIfNoEntry: false })
    if (!source) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Catalogue image ${from} is missing: run the seed from the backend folder (or .medusa/server after \`npm run build\`), ` +
          "or redraw the images with `npm run generate -w @pasar-sleman/catalog`"
      )
    }
    const target = fs.statSync(to, { throwIfNoEntry: false })
    if (target?.size === source.size) continue
    fs.copyFileSync(from, to)
    copied++
  }
  return copied
}
