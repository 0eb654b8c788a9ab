import { z } from "@medusajs/framework/zod"

export const StoreJoinGroupBuy = z
  .object({
    quantity: z
      .number({ message: "Jumlah harus berupa angka (bukan teks)" })
      .int("Jumlah harus bilangan bulat")
      .min(1, "Jumlah minimal 1"),
    shipping_option_id: z.string().min(1).optional(),
    shipping_address: z
      .object({
        first_name: z.string().optional(),
        last_name: z.string().optional(),
        address_1: z.string().trim().min(1, "Alamat wajib diisi"),
        address_2: z.string().optional(),
        city: z.string().optional(),
        province: z.string().optional(),
        postal_code: z.string().optional(),
        phone: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
export type StoreJoinGroupBuyType = z.infer<typeof StoreJoinGroupBuy>
