/** The default way a participant receives the goods: collected at Rumah Kreatif Sleman, free. */
export const PICKUP = {
  shipping_option_name: "Ambil di Rumah Kreatif Sleman",
  address: {
    address_1: "Rumah Kreatif Sleman, Jl. Magelang Km 10",
    city: "Sleman",
    province: "DI Yogyakarta",
    postal_code: "55511",
    country_code: "id",
  },
} as const

/** Medusa's system payment provider: authorise now, capture or cancel at the close. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
