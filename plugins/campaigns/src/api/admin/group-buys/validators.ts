import { z } from "@medusajs/framework/zod"

const int = (what: string) =>
  z.number({ message: `${what} harus berupa angka` }).int(`${what} harus bilangan bulat`)

const date = (what: string) =>
  z
    .string({ message: `${what} wajib diisi (tanggal ISO)` })
    .refine((s) => !isNaN(Date.parse(s)), `${what} bukan tanggal yang sah`)

export const Tier = z.object({
  min_quantity: int("Jumlah minimum").min(1, "Jumlah minimum minimal 1"),
  unit_price: int("Harga tingkat").min(1, "Harga tingkat harus lebih dari 0"),
})

const fields = {
  variant_id: z.string().min(1, "Pilih varian produk"),
  title: z.string().trim().min(1, "Judul wajib diisi"),
  description: z.string().nullish(),
  tiers: z.array(Tier).min(1, "Isi minimal satu tingkat harga"),
  starts_at: date("Tanggal mulai"),
  ends_at: date("Batas waktu"),
  target_quantity: int("Target").min(1, "Target minimal 1"),
  max_per_customer: int("Batas per pembeli").min(1, "Batas per pembeli minimal 1"),
  max_total: int("Kuota total").min(1, "Kuota total minimal 1"),
}

export const AdminCreateGroupBuy = z.object(fields).strict()
export type AdminCreateGroupBuyType = z.infer<typeof AdminCreateGroupBuy>

export const AdminUpdateGroupBuy = z.object(fields).partial().strict()
export type AdminUpdateGroupBuyType = z.infer<typeof AdminUpdateGroupBuy>
