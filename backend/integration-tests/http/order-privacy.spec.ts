import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { catalog } from "@pasar-sleman/catalog"
import { address, seedStore } from "./helpers"

// Any in-stock, non-batik product of the seeded catalogue.
const product = catalog.find((p) => p.category !== "batik" && p.variants.length === 1 && p.variants[0].stock >= 10)!
// The shopper's personal data: none of it may reach someone who merely has the order id.
const PII = ["pribadi@example.id", address.phone, address.address_1, address.last_name]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let regionId: string
    const store = (extra: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": pk, ...extra },
      validateStatus: () => true,
    })

    beforeAll(async () => {
      const seeded = await seedStore(getContainer())
      pk = seeded.publishableKey
      regionId = seeded.regionId
    })

    async function customerToken(email: string) {
      const password = "rahasia-sleman-1"
      const { data } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Sri" }, store({ authorization: `Bearer ${data.token}` }))
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { authorization: `Bearer ${login.data.token}` }
    }

    /** A checkout like the storefront's; with `auth`, as that signed-in customer. */
    async function placeOrder(auth: Record<string, string> = {}) {
      const h = store(auth)
      const { data: products } = await api.get(`/store/products?handle=${product.handle}&fields=*variants`, h)
      const { data: created } = await api.post(`/store/carts`, { region_id: regionId }, h)
      const cartId = created.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: products.products[0].variants[0].id, quantity: 1 }, h)
      await api.post(`/store/carts/${cartId}`, { email: "pribadi@example.id", shipping_address: address, billing_address: address }, h)
      const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping.shipping_options[0].id }, h)
      const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, h)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
      const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      expect(done.type).toBe("order")
      return { orderId: done.order.id as string, displayId: done.order.display_id as number, cartId }
    }

    const ALL = "?fields=*shipping_address,*billing_address,+email,*customer,*items"
    const expectNoPersonalData = (res: { status: number; data: any }) => {
      const text = JSON.stringify(res.data)
      for (const secret of PII) expect(text).not.toContain(secret)
    }

    it("a guest order: anyone with its id sees only number and status; the placing browser (its cart id) sees it in full", async () => {
      const { orderId, displayId, cartId } = await placeOrder()

      const stranger = await api.get(`/store/orders/${orderId}${ALL}`, store())
      expect(stranger.status).toBe(200)
      expectNoPersonalData(stranger)
      expect(stranger.data.order).toMatchObject({ id: orderId, display_id: displayId })
      expect(stranger.data.order.status).toBeTruthy()
      expect(stranger.data.order.email).toBeUndefined()
      expect(stranger.data.order.shipping_address).toBeUndefined()

      const wrongProof = await api.get(`/store/orders/${orderId}${ALL}`, store({ "x-order-cart-id": "cart_01JXXXXXXXXXXXXXXXXXXXXXXX" }))
      expectNoPersonalData(wrongProof)

      const placer = await api.get(`/store/orders/${orderId}`, store({ "x-order-cart-id": cartId }))
      expect(placer.status).toBe(200)
      expect(placer.data.order.email).toBe("pribadi@example.id")
      expect(placer.data.order.shipping_address.phone).toBe(address.phone)

      // A signed-in customer who is not the buyer is a stranger too.
      const other = await api.get(`/store/orders/${orderId}${ALL}`, store(await customerToken("lain@example.id")))
      expectNoPersonalData(other)

      expect((await api.get(`/store/orders/order_01JTIDAKADA00000000000000`, store())).status).toBe(404)
    })

    it("a customer's order: in full for its customer, number and status for another customer or no session", async () => {
      const owner = await customerToken("pemilik@example.id")
      const { orderId } = await placeOrder(owner)

      const own = await api.get(`/store/orders/${orderId}`, store(owner))
      expect(own.status).toBe(200)
      expect(own.data.order.email).toBe("pribadi@example.id")
      expect(own.data.order.shipping_address.address_1).toBe(address.address_1)

      expectNoPersonalData(await api.get(`/store/orders/${orderId}${ALL}`, store()))
      const intruder = await customerToken("penyusup@example.id")
      expectNoPersonalData(await api.get(`/store/orders/${orderId}${ALL}`, store(intruder)))
      // Asking for a transfer (any signed-in customer may) does not reveal the order either.
      expectNoPersonalData(await api.post(`/store/orders/${orderId}/transfer/request${ALL}`, {}, store(intruder)))
      // The own-orders list needs a session and lists only the customer's own.
      expect((await api.get(`/store/orders`, store())).status).toBe(401)
      const { data: list } = await api.get(`/store/orders?fields=id`, store(intruder))
      expect(list.orders).toEqual([])
    })
  },
})
