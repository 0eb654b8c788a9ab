import type { HttpTypes } from "@medusajs/types"

export function customerName(c: Pick<HttpTypes.StoreCustomer, "first_name" | "last_name" | "email"> | null): string {
  if (!c) return ""
  return [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email
}
