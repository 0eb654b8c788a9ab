import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { catalog } from "@pasar-sleman/catalog"
import devAdmin from "../../src/scripts/dev-admin.json"
import { catalogImageUrl } from "../../src/scripts/seed-catalog-images"
import { seedStore } from "./helpers"

const product = catalog.find((p) => (p.tags ?? []).length >= 2)!

/** Runs the seed with some environment variables set, then puts them back. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  Object.assign(process.env, vars)
  try {
    return await fn()
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    // The first seed runs as on a production host.
    beforeAll(async () => {
      headers = (await withEnv({ NODE_ENV: "production" }, () => seedStore(getContainer()))).storeHeaders
    })

    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
    })

    async function storeProduct() {
      const { data } = await api.get(`/store/products?handle=${product.handle}&fields=thumbnail,*images,*tags`, headers)
      return data.products[0]
    }

    it("in production the seed sets up the store but not the development admin; in development it does", async () => {
      const users = getContainer().resolve(Modules.USER)
      expect(await users.listUsers({ email: devAdmin.email })).toHaveLength(0)
      expect((await api.get(`/store/products?limit=1`, headers)).data.count).toBe(catalog.length)
      await seedStore(getContainer())
      expect(await users.listUsers({ email: devAdmin.email })).toHaveLength(1)
    })

    it("the store API returns absolute image URLs that the backend serves", async () => {
      const p = await storeProduct()
      const expected = [`${product.handle}-1.png`, `${product.handle}-2.png`].map((n) => catalogImageUrl(n))
      expect(expected[0]).toMatch(/^https?:\/\/[^/]+\/static\/catalog\//)
      expect(p.thumbnail).toBe(expected[0])
      expect(p.images.map((i: any) => i.url).sort()).toEqual(expected.sort())
      const file = await api.get(new URL(p.thumbnail).pathname, { responseType: "arraybuffer" })
      expect(file.status).toBe(200)
      expect(Buffer.from(file.data).subarray(1, 4).toString()).toBe("PNG")
    })

    it("seeds the catalogue's tags", async () => {
      const p = await storeProduct()
      expect(p.tags.map((t: any) => t.value).sort()).toEqual([...product.tags!].sort())
    })

    it("running the seed again fixes relative image URLs and missing tags of an older database", async () => {
      const products = getContainer().resolve(Modules.PRODUCT)
      const [old] = await products.listProducts({ handle: product.handle })
      await products.updateProducts(old.id, {
        thumbnail: `/static/catalog/${product.handle}-1.png`,
        images: [{ url: `/static/catalog/${product.handle}-1.png` }],
        tag_ids: [],
      })
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
      expect((await storeProduct()).thumbnail).toMatch(/^\/static/)

      await seedStore(getContainer())
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
      const fixed = await storeProduct()
      expect(fixed.thumbnail).toBe(catalogImageUrl(`${product.handle}-1.png`))
      expect(fixed.images).toHaveLength(2)
      expect(fixed.tags).toHaveLength(product.tags!.length)
    })

    it("MEDUSA_FILE_BASE_URL (a CDN) takes over the image URLs on the next seed", async () => {
      await withEnv({ MEDUSA_FILE_BASE_URL: "https://cdn.pasarsleman.test/files" }, () => seedStore(getContainer()))
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
      const p = await storeProduct()
      expect(p.thumbnail).toBe(`https://cdn.pasarsleman.test/files/catalog/${product.handle}-1.png`)
      expect(p.images.every((i: any) => i.url.startsWith("https://cdn.pasarsleman.test/files/catalog/"))).toBe(true)
    })
  },
})
