import { describe, expect, it } from "vitest"
import { addressPrefill, checkoutProgress, optionPrice, parseAddressForm, preselected, stepClass } from "./checkout"

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
const address = { email: " Sri@Example.ID ", first_name: "Sri", address_1: "Jl. Kaliurang km 5", postal_code: "55281", phone: "081234567890" }

describe("parseAddressForm", () => {
  it("reads the address with the store's defaults (Sleman, DI Yogyakarta, Indonesia)", () => {
    expect(parseAddressForm(form(address))).toEqual({
      email: "sri@example.id",
      address: {
        first_name: "Sri",
        last_name: "",
        address_1: "Jl. Kaliurang km 5",
        city: "Sleman",
        province: "DI Yogyakarta",
        postal_code: "55281",
        phone: "081234567890",
        country_code: "id",
      },
    })
  })

  it("names what is missing or malformed", () => {
    expect(parseAddressForm(form({ ...address, phone: "" }))).toBe("data_belum_lengkap")
    expect(parseAddressForm(form({ ...address, postal_code: "5528" }))).toBe("data_tidak_valid")
    expect(parseAddressForm(form({ ...address, email: "sri@" }))).toBe("data_tidak_valid")
    expect(parseAddressForm(form({ ...address, phone: "abc" }))).toBe("data_tidak_valid")
  })
})

describe("checkout steps", () => {
  const cart = {
    email: "sri@example.id",
    shipping_address: { first_name: "Sri", address_1: "Jl. Kaliurang", city: "Sleman" },
    shipping_methods: [{ shipping_option_id: "so_1", name: "Kurir Sleman", amount: 10000 }],
    payment_collection: { payment_sessions: [{ status: "canceled", provider_id: "pp_a" }, { status: "pending", provider_id: "pp_system_default" }] },
  } as any

  it("knows which steps are done", () => {
    const p = checkoutProgress(cart)
    expect(p).toMatchObject({ savedAddress: true, hasShipping: true, hasPayment: true, canReview: true })
    expect(p.paymentSession?.provider_id).toBe("pp_system_default")
    expect(checkoutProgress({ ...cart, shipping_methods: [] })).toMatchObject({ hasShipping: false, canReview: false })
    expect(checkoutProgress(null)).toMatchObject({ savedAddress: false, hasShipping: false, hasPayment: false, canReview: false })
  })

  it("prefills from the cart, else the customer's saved address", () => {
    const customer = { email: "c@x.id", first_name: "C", phone: "0811", addresses: [{ address_1: "Jl. Magelang", postal_code: "55511" }] } as any
    expect(addressPrefill(null, customer)).toMatchObject({ email: "c@x.id", first_name: "C", address_1: "Jl. Magelang", postal_code: "55511", city: "Sleman", phone: "0811" })
    expect(addressPrefill(cart, customer)).toMatchObject({ email: "sri@example.id", first_name: "Sri", address_1: "Jl. Kaliurang" })
  })

  it("preselects the choice made, else the only one offered", () => {
    expect(preselected("so_2", [{ id: "so_1" }])).toBe("so_2")
    expect(preselected(undefined, [{ id: "so_1" }])).toBe("so_1")
    expect(preselected(null, [{ id: "so_1" }, { id: "so_2" }])).toBeUndefined()
  })

  it("prices an option by its calculated price when it has one", () => {
    expect(optionPrice({ amount: 10000 } as any)).toBe(10000)
    expect(optionPrice({ amount: 10000, calculated_price: { calculated_amount: 8000 } } as any)).toBe(8000)
  })

  it("marks steps done and locked", () => {
    expect(stepClass(true)).toBe("card step step-done")
    expect(stepClass(false, true)).toBe("card step step-locked")
  })
})
