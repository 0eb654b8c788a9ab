/** Names the seed uses to find what it already created (keep them stable). */
export const STORE_SETUP = {
  storeName: "Pasar Sleman",
  region: "Indonesia",
  salesChannel: "Pasar Sleman Online",
  publishableKeyTitle: "Pasar Sleman Storefront",
  stockLocation: "Gudang Sleman",
  fulfillmentSet: "Pengiriman Gudang Sleman",
  shippingOptions: [
    {
      name: "Kurir lokal Sleman",
      code: "kurir-lokal-sleman",
      description: "Diantar kurir lokal dalam 1–2 hari kerja",
      price: 10000,
    },
    {
      name: "Ambil di Rumah Kreatif Sleman",
      code: "ambil-rumah-kreatif",
      description: "Ambil sendiri di Rumah Kreatif Sleman, gratis",
      price: 0,
    },
  ],
} as const
