/**
 * The search contract every provider of the product index must pass, driven
 * through Medusa's own `POST /store/search` against the seeded Sleman catalogue
 * plus a few products of our own. Used by one spec file per provider (the
 * provider is chosen with SEARCH_PROVIDER before the app boots).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  deleteProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { catalog } from "@pasar-sleman/catalog"
import { eventually as retryUntilPasses } from "@pasar-sleman/test-support"
import { expectError, seedStore } from "../helpers"

export const LAG_MS = 2000

/** Polls until `check` passes (the index follows events asynchronously), at most `ms`. */
export function eventually<T>(check: () => Promise<T>, ms = LAG_MS + 1000): Promise<T> {
  return retryUntilPasses(check, { timeoutMs: ms })
}

const titles = (res: any) => res.hits.map((h: any) => h.document.title as string)

export function searchContract(provider: string) {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let headers: { headers: Record<string, string> }
      let search: (body: Record<string, unknown>) => Promise<any>
      const fixtures: Record<string, string> = {}

      beforeAll(async () => {
        const container = getContainer()
        const seeded = await seedStore(container)
        headers = seeded.storeHeaders
        search = async (body) => (await api.post("/store/search", { entity: "product", ...body }, headers)).data.results[0]

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
        const storeChannel = channels.find((c: any) => c.name === "Pasar Sleman Online")!
        const { result: [otherChannel] } = await createSalesChannelsWorkflow(container).run({
          input: { salesChannelsData: [{ name: "Kanal lain (uji)" }] },
        })
        const [shippingProfile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({})
        const base = (title: string, over: Record<string, any> = {}) => ({
          title,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfile.id,
          options: [{ title: "Ukuran", values: ["Satu"] }],
          sales_channels: [{ id: storeChannel.id }],
          metadata: { seller: "IKM Uji Coba" },
          variants: [
            {
              title: "Satu",
              sku: `UJI-${title.replace(/\W+/g, "-").toUpperCase()}`,
              options: { Ukuran: "Satu" },
              manage_inventory: false,
              prices: [{ currency_code: "idr", amount: 77700 }],
            },
          ],
          ...over,
        })
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              base("Batok Kelapa Ukir", { description: "Kerajinan batok kelapa" }),
              base("Kain Lurik Pedan", { description: "Tenun lurik dari Pedan" }),
              base("Tas Anyaman Pandan", { description: "Tas anyaman dengan aksen lurik di tepinya" }),
              base("Paket Oleh-oleh Sleman", { description: "Salak, bakpia dan geplak" }),
              base("Face Mask Tenun", { description: "Mask kain tenun" }),
              base("Kerudung Draf Rahasia", { status: ProductStatus.DRAFT }),
              base("Kerudung Kanal Lain", { sales_channels: [{ id: otherChannel.id }] }),
            ],
          },
        })
        for (const p of result) fixtures[p.title] = p.id
        // The fixtures reach the index through product events.
        await eventually(async () => {
          const r = await search({ filters: { q: "Paket Oleh-oleh Sleman" } })
          expect(titles(r)).toContain("Paket Oleh-oleh Sleman")
        }, 20_000) // the 2 s lag is asserted in sync.spec.ts; setup only needs the fixtures in
      })

      beforeEach(async () => {
        await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
      })

      describe(`search contract: ${provider}`, () => {
        it("uses the provider under test", async () => {
          const indexes = await getContainer().resolve(Modules.SEARCH).listIndexes()
          expect(indexes.find((i: any) => i.name === "product")?.provider).toBe(provider)
        })

        it('finds batik tulis for the typo "batk tulis" (typo tolerance on without asking)', async () => {
          const r = await search({ filters: { q: "batk tulis" } })
          expect(r.hits.length).toBeGreaterThan(0)
          expect(titles(r)[0]).toMatch(/^Batik Tulis/)
          for (const t of titles(r)) expect(t.toLowerCase()).toMatch(/batik/)
        })

        it('finds Salak Pondoh first for "salak pondo"', async () => {
          const r = await search({ filters: { q: "salak pondo" } })
          expect(titles(r)[0]).toMatch(/Salak Pondoh/)
        })

        it('ranks exact words above typo matches: "batik" never ranks Batok first', async () => {
          const r = await search({ filters: { q: "batik" }, pagination: { take: 100 } })
          expect(titles(r)[0]).toMatch(/Batik/)
          const batok = titles(r).indexOf("Batok Kelapa Ukir")
          const lastBatik = Math.max(...titles(r).map((t: string, i: number) => (/batik/i.test(t) ? i : -1)))
          expect(batok === -1 || batok > lastBatik).toBe(true)
        })

        it("ranks title matches above description matches", async () => {
          const r = await search({ filters: { q: "lurik" } })
          expect(titles(r)[0]).toBe("Kain Lurik Pedan")
          expect(titles(r)).toContain("Tas Anyaman Pandan")
        })

        it("matches all query words before some, and returns few, right results", async () => {
          const r = await search({ filters: { q: "kopi arabika" } })
          expect(titles(r)[0]).toBe("Kopi Arabika Lereng Merapi")
          expect(r.metadata.count).toBe(1)
        })

        it("matches the last word as a prefix (search-as-you-type)", async () => {
          expect(titles(await search({ filters: { q: "keranj" } }))).toContain("Keranjang Anyaman Bambu Sendari")
          expect(titles(await search({ filters: { q: "kerip" } }))).toContain("Keripik Salak Original")
        })

        it("folds case and accents", async () => {
          expect(titles(await search({ filters: { q: "KÓPI ARÁBIKA" } }))[0]).toBe("Kopi Arabika Lereng Merapi")
        })

        it("knows Indonesian synonyms: kripik↔keripik, oleh2↔oleh-oleh, masker↔mask", async () => {
          expect(titles(await search({ filters: { q: "kripik salak" } }))).toContain("Keripik Salak Original")
          expect(titles(await search({ filters: { q: "oleh2" } }))).toContain("Paket Oleh-oleh Sleman")
          const masker = titles(await search({ filters: { q: "masker" }, pagination: { take: 50 } }))
          expect(masker).toContain("Face Mask Tenun")
          expect(masker).toContain("Masker Kain Batik Tiga Lapis")
          expect(titles(await search({ filters: { q: "mask" }, pagination: { take: 50 } }))).toContain("Masker Kain Batik Anak")
        })

        it("filters by category, seller, price (inclusive bounds), sale and stock, alone and combined", async () => {
          const batik = catalog.filter((p) => p.category === "batik")
          const byCategory = await search({ filters: { category_names: "Batik" }, pagination: { take: 100 } })
          expect(byCategory.metadata.count).toBe(batik.length)

          const seller = catalog[0].seller
          const bySeller = await search({ filters: { seller }, pagination: { take: 100 } })
          expect(bySeller.metadata.count).toBe(catalog.filter((p) => p.seller === seller).length)

          const byPrice = await search({ filters: { price: { $gte: 77700, $lte: 77700 } }, pagination: { take: 100 } })
          expect(titles(byPrice)).toContain("Kain Lurik Pedan")
          for (const h of byPrice.hits) expect(h.document.price).toBe(77700)

          const inStock = await search({ filters: { in_stock: true }, pagination: { take: 1 } })
          const outOfStock = await search({ filters: { in_stock: false }, pagination: { take: 1 } })
          const all = await search({ pagination: { take: 1 } })
          expect(inStock.metadata.count + outOfStock.metadata.count).toBe(all.metadata.count)

          // The seed's demo Great Sale runs on all batik: exactly those are on sale, below their normal price.
          const onSale = await search({ filters: { on_sale: true }, pagination: { take: 100 } })
          const notOnSale = await search({ filters: { on_sale: false }, pagination: { take: 1 } })
          expect(onSale.metadata.count).toBeGreaterThan(0)
          expect(onSale.metadata.count + notOnSale.metadata.count).toBe(all.metadata.count)
          for (const h of onSale.hits) {
            expect(h.document.category_names).toContain("Batik")
            expect(h.document.price).toBeLessThan(h.document.original_price)
          }

          const combined = await search({
            filters: { q: "batik", category_names: "Batik", price: { $lte: 300000 }, in_stock: true },
            pagination: { take: 100 },
          })
          for (const h of combined.hits) {
            expect(h.document.category_names).toContain("Batik")
            expect(h.document.price).toBeLessThanOrEqual(300000)
            expect(h.document.in_stock).toBe(true)
          }
        })

        it("counts facets over the query and the filters", async () => {
          const r = await search({
            filters: { q: "salak" },
            pagination: { take: 100 },
            search_options: { facets: ["category_names", "seller", "on_sale", "in_stock"] },
          })
          const byCategory = new Map<string, number>()
          for (const h of r.hits) for (const c of h.document.category_names) byCategory.set(c, (byCategory.get(c) ?? 0) + 1)
          for (const v of r.facets.category_names.values) expect(v.count).toBe(byCategory.get(v.value))
          const filtered = await search({
            filters: { q: "salak", category_names: "Kuliner" },
            search_options: { facets: ["category_names"] },
          })
          expect(filtered.facets.category_names.values).toEqual([{ value: "Kuliner", count: filtered.metadata.count }])
        })

        it("sorts by price stably across pages, and by newest", async () => {
          const pages: any[] = []
          const all = await search({ pagination: { take: 100, order: { price: "ASC" } } })
          for (let skip = 0; skip < all.metadata.count; skip += 7) {
            const page = await search({ pagination: { skip, take: 7, order: { price: "ASC" } } })
            pages.push(...page.hits)
          }
          expect(pages.map((h) => h.id)).toEqual(all.hits.map((h: any) => h.id))
          const prices = pages.map((h) => h.document.price)
          expect(prices).toEqual([...prices].sort((a, b) => a - b))
          const newest = await search({ pagination: { take: 3, order: { created_at: "DESC" } } })
          const createdFixtures = new Set(Object.values(fixtures))
          expect(createdFixtures.has(newest.hits[0].id)).toBe(true)
        })

        it("reports totals for pagination and browses without a query", async () => {
          const page1 = await search({ pagination: { take: 10 } })
          const last = await search({ pagination: { skip: 60, take: 10 } })
          // 57 catalogue products + 5 published fixtures in this channel
          expect(page1.metadata.count).toBe(catalog.length + 5)
          expect(page1.hits).toHaveLength(10)
          expect(last.hits).toHaveLength(page1.metadata.count - 60)
          expect(last.metadata.count).toBe(page1.metadata.count)
        })

        it("returns only published products of the publishable key's sales channel", async () => {
          const r = await search({ filters: { q: "kerudung" } })
          expect(titles(r)).not.toContain("Kerudung Draf Rahasia")
          expect(titles(r)).not.toContain("Kerudung Kanal Lain")
          const spoof = await search({ filters: { q: "kerudung", status: "draft" } })
          expect(spoof.hits).toHaveLength(0)
        })

        it("follows product updates and deletes (upsert and delete)", async () => {
          const container = getContainer()
          const id = fixtures["Batok Kelapa Ukir"]
          await updateProductsWorkflow(container).run({ input: { selector: { id }, update: { title: "Batok Kelapa Ukir Naga" } } })
          await eventually(async () => expect(titles(await search({ filters: { q: "naga" } }))).toContain("Batok Kelapa Ukir Naga"))
          await deleteProductsWorkflow(container).run({ input: { ids: [id] } })
          await eventually(async () => expect(titles(await search({ filters: { q: "batok" } }))).not.toContain("Batok Kelapa Ukir Naga"))
        })

        it("rejects bad parameters with a 400 and a message", async () => {
          const bad = [
            { filters: { q: "x".repeat(500) } },
            { pagination: { take: 1000 } },
            { filters: { not_a_field: "x" } },
            { search_options: { facets: ["title"] } },
            { pagination: { order: { description: "ASC" } } },
            { filters: { price: { $gte: "murah" } } },
          ]
          for (const body of bad) {
            const res = await expectError(api.post("/store/search", { entity: "product", ...body }, headers))
            expect(res.status, JSON.stringify(body)).toBe(400)
            expect(res.data.message.length).toBeGreaterThan(5)
          }
          const hidden = await expectError(api.post("/store/search", { entity: "customer" }, headers))
          expect(hidden.status).toBe(404)
        })
      })
    },
  })
}
