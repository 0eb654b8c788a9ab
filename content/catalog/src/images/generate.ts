/**
 * `npm run generate -w @pasar-sleman/catalog`: redraws every product
 * illustration into backend/assets/catalog (committed; the seed copies them into
 * the backend's upload folder). Run it after changing a product's `image` in
 * src/catalog.js, then commit the PNGs.
 */
import path from "node:path"
import { writeCatalogImages } from "./images"

export const ASSETS_DIR = path.resolve(__dirname, "../../../../backend/assets/catalog")

if (require.main === module) {
  writeCatalogImages(ASSETS_DIR).then((names) => console.log(`${names.length} images in ${ASSETS_DIR}`))
}
