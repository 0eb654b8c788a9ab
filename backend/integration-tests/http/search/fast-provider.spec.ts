// What only the fast Postgres provider does: the cap on broad relevance searches
// (max_total_hits, here 3 so the seeded catalogue's dozen batik products are "broad")
// and its vocabulary of words for typo correction following product changes.
process.env.SEARCH_PROVIDER = "search-postgres-fast"
process.env.SEARCH_MAX_TOTAL_HITS = "3"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedStore } from "../helpers"
import { eventually } from "./contract"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let search: (body: Record<string, unknown>) => Promise<any>

    beforeAll(async () => {
      const { storeHeaders } = await seedStore(getContainer())
      search = async (body) =>
        (await api.post("/store/search", { entity: "product", ...body }, storeHeaders)).data.results[0]
    })

    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
    })

    describe("search-postgres-fast: the vocabulary follows product changes", () => {
      it("offers a product's word as a correction only while a product has it", async () => {
        const container = getContainer()
        const [shippingProfile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({})
        const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Pasar Sleman Online" })
        const { result: [product] } = await createProductsWorkflow(container).run({
          input: {
            products: [{
              title: "Gerabah Kasongan Zulfikarwati",
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: shippingProfile.id,
              sales_channels: [{ id: channel.id }],
              options: [{ title: "Ukuran", values: ["Satu"] }],
              variants: [{ title: "Satu", options: { Ukuran: "Satu" }, manage_inventory: false, prices: [{ currency_code: "idr", amount: 50000 }] }],
            }],
          },
        })
        const corrected = async () => (await search({ filters: { q: "zulfikarwti" } })).provider_metadata?.corrected_query
        await eventually(async () => expect(await corrected()).toBe("zulfikarwati"), 10_000)

        // The word leaves the title: no product has it, so it is no longer offered.
        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: "Gerabah Kasongan" } } })
        await eventually(async () => expect(await corrected()).toBeUndefined(), 10_000)

        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: "Gerabah Kasongan Zulfikarwati" } } })
        await eventually(async () => expect(await corrected()).toBe("zulfikarwati"), 10_000)
        await deleteProductsWorkflow(container).run({ input: { ids: [product.id] } })
        await eventually(async () => expect(await corrected()).toBeUndefined(), 10_000)
      })
    })

    describe("search-postgres-fast: broad relevance searches are capped", () => {
      it("counts at most max_total_hits matches and says the total is capped", async () => {
        const r = await search({ filters: { q: "batik" }, pagination: { take: 2 }, search_options: { facets: ["category_names"] } })
        expect(r.metadata.count).toBe(3)
        expect(r.provider_metadata.total_capped).toBe(true)
        expect(r.hits).toHaveLength(2)
        for (const hit of r.hits) expect(hit.document.title).toMatch(/batik/i)
        const categoryTotal = r.facets.category_names.values.reduce((s: number, v: any) => s + v.count, 0)
        expect(categoryTotal).toBeLessThanOrEqual(4) // facets of the capped matches (4 = 3 + the one past the cap)
        // The page past the first one still answers, from the same capped matches.
        const next = await search({ filters: { q: "batik" }, pagination: { take: 2, skip: 2 } })
        expect(next.hits).toHaveLength(1)
      })

      it("is exact below the cap", async () => {
        const r = await search({ filters: { q: "kopi arabika" } })
        expect(r.metadata.count).toBe(1)
        expect(r.provider_metadata?.total_capped).toBeUndefined()
      })

      it("sorting by a field sees every match: the cheapest batik comes first, with the full count", async () => {
        const all = await search({ filters: { q: "batik" }, pagination: { take: 100 }, search_options: { typo_tolerance: false } })
        const byPrice = await search({ filters: { q: "batik" }, pagination: { take: 100, order: { price: "ASC" } } })
        expect(byPrice.metadata.count).toBeGreaterThan(3)
        expect(byPrice.provider_metadata?.total_capped).toBeUndefined()
        const prices = byPrice.hits.map((h: any) => h.document.price)
        expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b))
        expect(all.metadata.count).toBe(3)
      })

      it("browsing without words is never capped", async () => {
        const r = await search({ filters: { category_names: { $in: ["Batik"] } }, pagination: { take: 1 } })
        expect(r.metadata.count).toBeGreaterThan(3)
      })
    })
  },
})
