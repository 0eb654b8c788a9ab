/** Pure customer helpers (no I/O; tested in customer.test.ts). */
import type { HttpTypes } from "@medusajs/types"
import type { ErrorCode } from "~/lib/messages"
import { field, isEmail, safePath } from "~/lib/session"

export function customerName(c: Pick<HttpTypes.StoreCustomer, "first_name" | "last_name" | "email"> | null): string {
  if (!c) return ""
  return [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email
}

/** The password of a form field, untrimmed (spaces are part of a password). */
function password(form: FormData): string {
  const value = form.get("password")
  return typeof value === "string" ? value : ""
}

export type Registration = { first_name: string; last_name: string; email: string; password: string }

/** The registration form (first_name, last_name, email, password), or the code of what is wrong. */
export function parseRegistrationForm(form: FormData): Registration | ErrorCode {
  const input = {
    first_name: field(form, "first_name"),
    last_name: field(form, "last_name"),
    email: field(form, "email").toLowerCase(),
    password: password(form),
  }
  if (!input.first_name || !input.email || !input.password) return "data_belum_lengkap"
  if (!isEmail(input.email)) return "data_tidak_valid"
  if (input.password.length < 8) return "kata_sandi_pendek"
  return input
}

/** The login form: email, password, and where to go afterwards (a path on this site, else /akun). */
export function parseLoginForm(form: FormData): { email: string; password: string; redirect: string; loginPage: string } {
  const redirect = safePath(field(form, "redirect"), "/akun")
  return {
    email: field(form, "email").toLowerCase(),
    password: password(form),
    redirect,
    // Where a failed login sends the shopper back to (keeping the redirect).
    loginPage: redirect === "/akun" ? "/akun/masuk" : `/akun/masuk?redirect=${encodeURIComponent(redirect)}`,
  }
}
