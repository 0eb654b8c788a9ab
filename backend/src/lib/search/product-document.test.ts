import { describe, expect, it } from "vitest"
import { toProductDocument, variantInStock, type ProductRow } from "./product-document"

const row = (over: Partial<ProductRow> = {}): ProductRow => ({
  id: "prod_1",
  title: "Batik Tulis Parang Rusak",
  handle: "batik-tulis-parang-rusak",
  status: "published",
  created_at: "2026-10-01T00:00:00.000Z",
  metadata: { seller: "Batik Sekar Sleman" },
  sales_channels: [{ id: "sc_1" }],
  categories: [{ name: "Batik", handle: "batik" }],
  tags: [{ value: "tulis" }],
  variants: [
    {
      sku: "BTK-1",
      manage_inventory: true,
      calculated_price: { calculated_amount: 850000, original_amount: 850000, calculated_price: { price_list_type: null } },
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 0 }] } }],
    },
    {
      sku: "BTK-2",
      manage_inventory: true,
      calculated_price: { calculated_amount: 900000, original_amount: 900000 },
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: 0, reserved_quantity: 0 }] } }],
    },
  ],
  ...over,
})

describe("product search document", () => {
  it("holds the lowest current price, seller, categories, SKUs and channels", () => {
    const doc = toProductDocument(row())
    expect(doc).toMatchObject({
      price: 850000,
      original_price: 850000,
      on_sale: false,
      in_stock: true,
      seller: "Batik Sekar Sleman",
      category_names: ["Batik"],
      category_handles: ["batik"],
      skus: ["BTK-1", "BTK-2"],
      sales_channel_ids: ["sc_1"],
      tags: ["tulis"],
    })
  })

  it("takes the sale price while a sale price list runs, and flags it", () => {
    const r = row()
    r.variants![1].calculated_price = {
      calculated_amount: 720000,
      original_amount: 900000,
      calculated_price: { price_list_type: "sale" },
    }
    const doc = toProductDocument(r)
    expect(doc.price).toBe(720000)
    expect(doc.original_price).toBe(900000)
    expect(doc.on_sale).toBe(true)
  })

  it("is out of stock when every managed variant has nothing available (reservations count)", () => {
    const r = row()
    r.variants![0].inventory_items![0].inventory!.location_levels = [{ stocked_quantity: 2, reserved_quantity: 2 }]
    expect(toProductDocument(r).in_stock).toBe(false)
  })

  it("counts unmanaged inventory and backorders as in stock", () => {
    expect(variantInStock({ manage_inventory: false })).toBe(true)
    expect(variantInStock({ manage_inventory: true, allow_backorder: true, inventory_items: [] })).toBe(true)
    expect(variantInStock({ manage_inventory: true, inventory_items: [] })).toBe(false)
  })

  it("has no price and no seller when there are none", () => {
    const doc = toProductDocument(row({ variants: [], metadata: null }))
    expect(doc.price).toBeNull()
    expect(doc.seller).toBeNull()
    expect(doc.in_stock).toBe(false)
  })
})
