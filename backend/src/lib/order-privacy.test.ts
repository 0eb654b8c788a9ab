import { describe, expect, it } from "vitest"
import { mayReadOrder, orderProofSeconds, publicOrderView } from "./order-privacy"

const placed = new Date("2026-12-01T10:00:00Z")
const minutes = (n: number) => new Date(placed.getTime() + n * 60_000)

describe("mayReadOrder", () => {
  const order = { customerId: "cus_1", cartId: "cart_1", createdAt: placed }
  it("lets the order's own customer read it, always", () => {
    expect(mayReadOrder(order, { customerId: "cus_1" }, minutes(60 * 24 * 90), 3600)).toBe(true)
    expect(mayReadOrder(order, { customerId: "cus_2" }, minutes(1), 3600)).toBe(false)
    expect(mayReadOrder({ ...order, customerId: null }, { customerId: null }, minutes(1), 3600)).toBe(false)
  })
  it("lets the holder of its cart id read it for a short time only", () => {
    const guest = { customerId: null, cartId: "cart_1", createdAt: placed }
    expect(mayReadOrder(guest, { cartId: "cart_1" }, minutes(59), 3600)).toBe(true)
    expect(mayReadOrder(guest, { cartId: "cart_1" }, minutes(61), 3600)).toBe(false)
    expect(mayReadOrder(guest, { cartId: "cart_2" }, minutes(1), 3600)).toBe(false)
    expect(mayReadOrder({ ...guest, cartId: null }, { cartId: "" }, minutes(1), 3600)).toBe(false)
    expect(mayReadOrder(guest, {}, minutes(1), 3600)).toBe(false)
  })
})

describe("publicOrderView", () => {
  it("keeps the number and status only", () => {
    expect(publicOrderView({ id: "order_1", display_id: 7, status: "pending", email: "a@b.id", shipping_address: { phone: "08" }, items: [] }))
      .toEqual({ id: "order_1", display_id: 7, status: "pending" })
  })
})

describe("orderProofSeconds", () => {
  it("is an hour unless configured", () => {
    expect(orderProofSeconds({})).toBe(3600)
    expect(orderProofSeconds({ ORDER_PROOF_SECONDS: "600" })).toBe(600)
    expect(() => orderProofSeconds({ ORDER_PROOF_SECONDS: "-1" })).toThrow(/ORDER_PROOF_SECONDS/)
  })
})
