import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { catalog } from "@pasar-sleman/catalog"
import { address, expectError, seedStore } from "./helpers"

// A product with one in-stock variant, taken from the seeded catalogue itself; not batik,
// whose prices the seeded demo Great Sale lowers (integration-tests/http/great-sale/).
const product = catalog.find((p) => p.category !== "batik" && p.variants.length === 1 && p.variants[0].stock >= 10)!
const sku = product.variants[0].sku
const unitPrice = product.variants[0].price
const KURIR_LOKAL = 10000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const seeded = await seedStore(getContainer())
      headers = seeded.storeHeaders
      regionId = seeded.regionId
    })

    // The runner restores the database between tests behind Medusa's back (no
    // events), so the Caching Module would still serve the previous test's stock.
    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
    })

    async function variantIdBySku(theSku: string) {
      const { data } = await api.get(
        `/store/products?handle=${product.handle}&region_id=${regionId}&fields=*variants,+variants.inventory_quantity`,
        headers
      )
      const variant = data.products[0].variants.find((v: any) => v.sku === theSku)
      return { id: variant.id as string, inventory: variant.inventory_quantity as number }
    }

    describe("catalogue", () => {
      it("lists the seeded Sleman products with IDR prices", async () => {
        const { data } = await api.get(`/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price`, headers)
        expect(data.count).toBe(catalog.length)
        expect(data.count).toBeGreaterThanOrEqual(40)
        const seeded = data.products.find((p: any) => p.handle === product.handle)
        expect(seeded.title).toBe(product.title)
        expect(seeded.variants[0].calculated_price.currency_code).toBe("idr")
        expect(seeded.variants[0].calculated_price.calculated_amount).toBe(unitPrice)
      })

      it("groups products into the four categories", async () => {
        const { data } = await api.get(`/store/product-categories`, headers)
        expect(data.product_categories.map((c: any) => c.handle).sort()).toEqual(
          ["batik", "kerajinan", "kesehatan", "kuliner"]
        )
      })

      it("pages through 'Terbaru' showing every product exactly once, newest first", async () => {
        // The category page asks for -created_at, 12 at a time.
        const handles: string[] = []
        for (let offset = 0; offset < catalog.length; offset += 12) {
          const { data } = await api.get(`/store/products?order=-created_at&limit=12&offset=${offset}&fields=handle`, headers)
          handles.push(...data.products.map((p: any) => p.handle))
        }
        expect(handles).toEqual(catalog.map((p) => p.handle).reverse())
      })

      it("running the seed again changes nothing", async () => {
        await seedStore(getContainer())
        const { data } = await api.get(`/store/products?limit=1`, headers)
        expect(data.count).toBe(catalog.length)
        const { data: options } = await api.get(`/store/regions`, headers)
        expect(options.regions).toHaveLength(1)
      })
    })

    describe("checkout", () => {
      it("completes a cart into an order with the right totals and takes the stock", async () => {
        const variant = await variantIdBySku(sku)
        const { data: created } = await api.post(`/store/carts`, { region_id: regionId }, headers)
        const cartId = created.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 }, headers)
        await api.post(
          `/store/carts/${cartId}`,
          { email: "sri@example.com", shipping_address: address, billing_address: address },
          headers
        )
        const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
        const kurir = shipping.shipping_options.find((o: any) => o.name === "Kurir lokal Sleman")
        expect(kurir.amount).toBe(KURIR_LOKAL)
        expect(shipping.shipping_options.map((o: any) => o.name)).toContain("Ambil di Rumah Kreatif Sleman")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: kurir.id }, headers)
        const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, headers)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)

        expect(done.type).toBe("order")
        expect(done.order.currency_code).toBe("idr")
        expect(done.order.item_total).toBe(2 * unitPrice)
        expect(done.order.shipping_total).toBe(KURIR_LOKAL)
        expect(done.order.total).toBe(2 * unitPrice + KURIR_LOKAL)
        expect(done.order.items[0].quantity).toBe(2)

        const after = await variantIdBySku(sku)
        expect(after.inventory).toBe(variant.inventory - 2)
      })

      it("refuses to sell more than the stock", async () => {
        const variant = await variantIdBySku(sku)
        const { data: created } = await api.post(`/store/carts`, { region_id: regionId }, headers)
        const res = await expectError(
          api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant.id, quantity: variant.inventory + 1 }, headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/inventory|stock/i)
        const { data } = await api.get(`/store/carts/${created.cart.id}`, headers)
        expect(data.cart.items).toHaveLength(0)
      })
    })

    describe("bad input gets a clear 4xx and changes nothing", () => {
      it("unknown product", async () => {
        const { data: created } = await api.post(`/store/carts`, { region_id: regionId }, headers)
        const res = await expectError(
          api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: "variant_does_not_exist", quantity: 1 }, headers)
        )
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
        expect(res.data.message).toMatch(/variant_does_not_exist/)
        const { data } = await api.get(`/store/carts/${created.cart.id}`, headers)
        expect(data.cart.items).toHaveLength(0)
      })

      it.each([0, -1])("quantity %i", async (quantity) => {
        const variant = await variantIdBySku(sku)
        const { data: created } = await api.post(`/store/carts`, { region_id: regionId }, headers)
        const res = await expectError(
          api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant.id, quantity }, headers)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/quantity/i)
        const { data } = await api.get(`/store/carts/${created.cart.id}`, headers)
        expect(data.cart.items).toHaveLength(0)
      })

      it("missing publishable key", async () => {
        const carts = getContainer().resolve(Modules.CART)
        const before = await carts.listCarts({}, { select: ["id"] })
        const res = await expectError(api.post(`/store/carts`, { region_id: regionId }))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
        expect(await carts.listCarts({}, { select: ["id"] })).toHaveLength(before.length)
        expect((await expectError(api.get(`/store/products`))).status).toBe(400)
      })
    })
  },
})
