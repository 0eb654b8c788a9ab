import { describe, expect, it } from "vitest"
import { canSeeOrderDetails } from "./order"

describe("canSeeOrderDetails", () => {
  const order = { id: "order_1", customer_id: "cus_1" }
  it("lets the placing browser and the owning customer see details", () => {
    expect(canSeeOrderDetails(order, { placedOrderId: "order_1" })).toBe(true)
    expect(canSeeOrderDetails(order, { customerId: "cus_1" })).toBe(true)
  })
  it("hides them from everyone else", () => {
    expect(canSeeOrderDetails(order, {})).toBe(false)
    expect(canSeeOrderDetails(order, { placedOrderId: "order_2", customerId: "cus_2" })).toBe(false)
    expect(canSeeOrderDetails({ id: "order_1", customer_id: null }, { customerId: undefined })).toBe(false)
  })
})
