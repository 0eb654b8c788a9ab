import { describe, expect, it } from "vitest"
import { validationMessage } from "./validation-message"

describe("validationMessage", () => {
  it("keeps a schema's own Indonesian message and names the field", () => {
    expect(
      validationMessage([{ code: "too_small", path: ["quantity"], message: "Jumlah minimal 1" }], { quantity: 0 })
    ).toBe("Data tidak sah: quantity — Jumlah minimal 1")
  })

  it("says a missing field is required", () => {
    expect(
      validationMessage([{ code: "invalid_type", expected: "number", path: ["quantity"], message: "Jumlah harus berupa angka" }], {})
    ).toBe("Data tidak sah: quantity wajib diisi")
  })

  it("replaces zod's English wording for a wrong type, with the value received", () => {
    expect(
      validationMessage(
        [{ code: "invalid_type", expected: "number", path: ["tiers", 0, "unit_price"], message: "Invalid input: expected number, received string" }],
        { tiers: [{ unit_price: "15000" }] }
      )
    ).toBe('Data tidak sah: tiers.0.unit_price harus berupa angka, bukan teks "15000"')
  })

  it("lists unknown fields", () => {
    expect(validationMessage([{ code: "unrecognized_keys", keys: ["harga", "x"], path: [], message: 'Unrecognized keys: "harga", "x"' }], {})).toBe(
      "Data tidak sah: kolom tidak dikenal: harga, x"
    )
  })

  it("joins several problems", () => {
    expect(
      validationMessage(
        [
          { code: "too_small", path: ["quantity"], message: "Jumlah minimal 1" },
          { code: "too_small", path: ["shipping_option_id"], message: "Too small: expected string to have >=1 characters" },
        ],
        { quantity: 0, shipping_option_id: "" }
      )
    ).toBe("Data tidak sah: quantity — Jumlah minimal 1; shipping_option_id tidak sah")
  })
})
