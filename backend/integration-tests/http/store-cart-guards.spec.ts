import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { catalog } from "@pasar-sleman/catalog"
import { registerCustomer } from "@pasar-sleman/test-support"
import { backendUrl, seedStore } from "./helpers"

// Store API input that Medusa's own validators let through (or answer with a 500):
// fractional quantities are rounded, a deeply nested body overflows the stack,
// and taking over someone else's cart crashes. Each must be a clear 4xx that
// changes nothing.
const product = catalog.find((p) => p.variants.length === 1 && p.variants[0].stock >= 10)!
const any = { validateStatus: () => true }

/** JSON text nested `depth` levels (sent as text: axios would walk an object recursively). */
function nested(depth: number, key = "metadata", rest = "") {
  return `{${rest}"${key}":${'{"a":'.repeat(depth)}true${"}".repeat(depth)}}`
}
const json = { "content-type": "application/json" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let regionId: string
    let variantId: string

    beforeAll(async () => {
      const seeded = await seedStore(getContainer())
      headers = seeded.storeHeaders.headers
      regionId = seeded.regionId
      const { data } = await api.get(`/store/products?handle=${product.handle}&fields=*variants`, { headers })
      variantId = data.products[0].variants[0].id
    })

    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] })
    })

    async function newCart(extra: Record<string, string> = {}) {
      const { data } = await api.post(`/store/carts`, { region_id: regionId }, { headers: { ...headers, ...extra } })
      return data.cart.id as string
    }
    async function items(cartId: string) {
      const { data } = await api.get(`/store/carts/${cartId}`, { headers })
      return data.cart.items.map((i: any) => i.quantity) as number[]
    }

    describe("quantities must be whole numbers of at least 1", () => {
      // 1.5 and 0.4 got through before; Medusa's own validator already refused the others.
      it.each([1.5, 0.4, "2", 0, -1, null])("adding %s is refused with 400 and the cart stays empty", async (quantity) => {
        const cartId = await newCart()
        const res = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, { headers, ...any })
        expect(res.status).toBe(400)
        if (quantity === 1.5 || quantity === 0.4) {
          expect(res.data.message).toBe(`quantity must be a whole number of at least 1, got ${quantity}`)
        } else {
          expect(res.data.message).toMatch(/quantity/)
        }
        expect(await items(cartId)).toEqual([])
      })

      it.each([1.5, 0.4, "2", -1])("changing a line to %s is refused with 400 and the line keeps its quantity", async (quantity) => {
        const cartId = await newCart()
        const { data } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, { headers })
        const lineId = data.cart.items[0].id
        const res = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, { headers, ...any })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/quantity/)
        expect(await items(cartId)).toEqual([2])
      })

      it("changing a line to 0 still removes it (Medusa's documented behaviour)", async () => {
        const cartId = await newCart()
        const { data } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, { headers })
        const res = await api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity: 0 }, { headers, ...any })
        expect(res.status).toBe(200)
        expect(await items(cartId)).toEqual([])
      })

      it("a cart created with a fractional item quantity is refused and no cart is created", async () => {
        const carts = getContainer().resolve(Modules.CART)
        const before = (await carts.listCarts({}, { select: ["id"] })).length
        const res = await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variantId, quantity: 1.5 }] }, { headers, ...any })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/items\.0\.quantity must be a whole number of at least 1/)
        expect((await carts.listCarts({}, { select: ["id"] })).length).toBe(before)
      })

      it("whole quantities still work", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 3 }, { headers })
        expect(await items(cartId)).toEqual([3])
      })
    })

    it("a 5,000-level nested metadata body is refused with 400, not 500", async () => {
      const cartId = await newCart()
      const res = await api.post(`/store/carts/${cartId}`, nested(5000), { headers: { ...headers, ...json }, ...any })
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/nested too deeply/)
      const line = nested(5000, "metadata", `"variant_id":"${variantId}","quantity":1,`)
      const add = await api.post(`/store/carts/${cartId}/line-items`, line, { headers: { ...headers, ...json }, ...any })
      expect(add.status).toBe(400)
      expect(await items(cartId)).toEqual([])
      // ordinary metadata is fine
      const ok = await api.post(`/store/carts/${cartId}`, nested(5), { headers: { ...headers, ...json }, ...any })
      expect(ok.status).toBe(200)
    })

    it("a customer cannot take over another customer's cart: 4xx, cart unchanged", async () => {
      async function customer(email: string) {
        const registered = await registerCustomer(backendUrl(api), { publishableKey: headers["x-publishable-api-key"], email, password: "rahasia-123" })
        return registered.headers
      }
      const sri = await customer("sri@example.id")
      const budi = await customer("budi@example.id")
      const cartId = await newCart(sri)
      const { data: before } = await api.get(`/store/carts/${cartId}`, { headers: sri })
      expect(before.cart.email).toBe("sri@example.id")

      const res = await api.post(`/store/carts/${cartId}/customer`, {}, { headers: budi, ...any })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.data.message).toMatch(/belongs to another customer/)
      const { data: after } = await api.get(`/store/carts/${cartId}`, { headers: sri })
      expect(after.cart.customer_id).toBe(before.cart.customer_id)

      // a guest cart is still taken over on login, and one's own cart is fine
      const guestCart = await newCart()
      expect((await api.post(`/store/carts/${guestCart}/customer`, {}, { headers: budi, ...any })).status).toBe(200)
      expect((await api.post(`/store/carts/${cartId}/customer`, {}, { headers: sri, ...any })).status).toBe(200)
    })
  },
})
