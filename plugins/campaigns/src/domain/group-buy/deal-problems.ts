import type { Tier } from "./tier-price"

/* No runtime imports: the admin UI bundles this file to show problems before saving. */

export type DealInput = {
  tiers: Tier[]
  starts_at: Date | string
  ends_at: Date | string
  target_quantity: number
  max_per_customer: number
  max_total: number
}

/** Every problem with a deal's settings, in words (empty when it is valid). */
export function dealProblems(deal: DealInput, ctx: { normal_price: number; stock: number; now: Date }): string[] {
  const problems: string[] = []
  const tiers = deal.tiers ?? []
  if (!tiers.length) problems.push("Isi minimal satu tingkat harga")
  if (tiers.length && tiers[0].min_quantity !== 1) problems.push("Tingkat pertama harus mulai dari 1 unit")
  tiers.forEach((t, i) => {
    if (!Number.isInteger(t.min_quantity) || t.min_quantity < 1) problems.push(`Tingkat ${i + 1}: jumlah minimum harus bilangan bulat ≥ 1`)
    if (!Number.isInteger(t.unit_price) || t.unit_price <= 0) problems.push(`Tingkat ${i + 1}: harga harus lebih dari 0`)
    if (t.unit_price > ctx.normal_price) problems.push(`Tingkat ${i + 1}: harga tidak boleh di atas harga normal (${ctx.normal_price})`)
    if (i > 0) {
      const prev = tiers[i - 1]
      if (t.min_quantity <= prev.min_quantity) problems.push(`Tingkat ${i + 1}: jumlah minimum harus lebih besar dari tingkat sebelumnya`)
      if (t.unit_price >= prev.unit_price) problems.push(`Tingkat ${i + 1}: harga harus lebih murah dari tingkat sebelumnya`)
    }
  })
  const starts = new Date(deal.starts_at)
  const ends = new Date(deal.ends_at)
  if (isNaN(starts.getTime()) || isNaN(ends.getTime())) problems.push("Tanggal mulai dan batas waktu harus tanggal yang sah")
  else {
    if (ends <= ctx.now) problems.push("Batas waktu sudah lewat")
    if (ends <= starts) problems.push("Batas waktu harus setelah tanggal mulai")
  }
  for (const key of ["target_quantity", "max_per_customer", "max_total"] as const) {
    if (!Number.isInteger(deal[key]) || deal[key] < 1) problems.push(`${key} harus bilangan bulat ≥ 1`)
  }
  if (deal.target_quantity > deal.max_total) problems.push("Target tidak boleh melebihi kuota total")
  if (deal.max_per_customer > deal.max_total) problems.push("Batas per pembeli tidak boleh melebihi kuota total")
  if (deal.max_total > ctx.stock) problems.push(`Kuota total tidak boleh melebihi stok yang tersedia (${ctx.stock})`)
  return problems
}

