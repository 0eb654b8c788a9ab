import { describe, expect, it } from "vitest"
import { customerName, parseLoginForm, parseRegistrationForm } from "./customer"

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe("customer forms", () => {
  it("reads a registration, or says what is wrong", () => {
    const ok = { first_name: " Sri ", last_name: "", email: "Sri@Example.ID", password: " rahasia1 " }
    expect(parseRegistrationForm(form(ok))).toEqual({ first_name: "Sri", last_name: "", email: "sri@example.id", password: " rahasia1 " })
    expect(parseRegistrationForm(form({ ...ok, first_name: "" }))).toBe("data_belum_lengkap")
    expect(parseRegistrationForm(form({ ...ok, email: "sri" }))).toBe("data_tidak_valid")
    expect(parseRegistrationForm(form({ ...ok, password: "pendek" }))).toBe("kata_sandi_pendek")
  })

  it("keeps a login's redirect on this site", () => {
    expect(parseLoginForm(form({ email: "A@B.ID", password: "x", redirect: "/checkout" }))).toEqual({
      email: "a@b.id",
      password: "x",
      redirect: "/checkout",
      loginPage: "/akun/masuk?redirect=%2Fcheckout",
    })
    expect(parseLoginForm(form({ email: "a@b.id", password: "x", redirect: "//evil.example" }))).toMatchObject({ redirect: "/akun", loginPage: "/akun/masuk" })
  })

  it("names the customer", () => {
    expect(customerName({ first_name: "Sri", last_name: "Wahyuni", email: "s@x.id" })).toBe("Sri Wahyuni")
    expect(customerName({ first_name: "", last_name: null, email: "s@x.id" } as any)).toBe("s@x.id")
  })
})
