import { describe, expect, it } from "vitest"
import { catalog, categories, imageMotifs, sellers } from "@pasar-sleman/catalog"

const KAPANEWON = [
  "Berbah",
  "Cangkringan",
  "Depok",
  "Gamping",
  "Godean",
  "Kalasan",
  "Minggir",
  "Mlati",
  "Moyudan",
  "Ngaglik",
  "Ngemplak",
  "Pakem",
  "Prambanan",
  "Seyegan",
  "Sleman",
  "Tempel",
  "Turi",
]

const variants = catalog.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })))
const sentences = (text: string) => text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0)

describe("catalog data", () => {
  it("has enough products, categories and sellers", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40)
    expect(categories.length).toBeGreaterThanOrEqual(4)
    expect(sellers.length).toBeGreaterThanOrEqual(8)
  })

  it("has the four required categories with the minimum number of products", () => {
    const expected: Record<string, [string, number]> = {
      batik: ["Batik", 12],
      kuliner: ["Kuliner", 12],
      kerajinan: ["Kerajinan", 10],
      kesehatan: ["Kesehatan", 6],
    }
    for (const [handle, [name, min]] of Object.entries(expected)) {
      const category = categories.find((c) => c.handle === handle)
      expect(category?.name).toBe(name)
      expect(catalog.filter((p) => p.category === handle).length).toBeGreaterThanOrEqual(min)
    }
  })

  it("references existing categories and sellers, with the seller's location", () => {
    const categoryHandles = new Set(categories.map((c) => c.handle))
    const sellerByName = new Map(sellers.map((s) => [s.name, s]))
    for (const p of catalog) {
      expect(categoryHandles.has(p.category), `${p.handle} category ${p.category}`).toBe(true)
      const seller = sellerByName.get(p.seller)
      expect(seller, `${p.handle} seller ${p.seller}`).toBeDefined()
      expect(p.sellerLocation).toBe(seller?.location)
    }
  })

  it("places every seller in a kapanewon of Sleman", () => {
    expect(new Set(sellers.map((s) => s.name)).size).toBe(sellers.length)
    for (const s of sellers) {
      expect(KAPANEWON, s.name).toContain(s.location)
      expect(s.description.length).toBeGreaterThan(40)
    }
  })

  it("uses unique lowercase kebab-case handles", () => {
    const handles = catalog.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const h of handles) expect(h).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    for (const c of categories) expect(c.handle).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it("uses unique uppercase SKUs", () => {
    const skus = variants.map(({ variant }) => variant.sku)
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/)
  })

  it("gives every variant exactly one valid value per option", () => {
    for (const p of catalog) {
      expect(p.options.length, p.handle).toBeGreaterThanOrEqual(1)
      expect(p.variants.length, p.handle).toBeGreaterThanOrEqual(1)
      const titles = p.options.map((o) => o.title)
      expect(new Set(titles).size, p.handle).toBe(titles.length)
      for (const o of p.options) {
        expect(o.values.length, `${p.handle} ${o.title}`).toBeGreaterThanOrEqual(1)
        expect(new Set(o.values).size, `${p.handle} ${o.title}`).toBe(o.values.length)
      }
      const combos = new Set<string>()
      for (const v of p.variants) {
        expect(Object.keys(v.options).sort(), v.sku).toEqual([...titles].sort())
        for (const o of p.options) expect(o.values, v.sku).toContain(v.options[o.title])
        combos.add(titles.map((t) => v.options[t]).join("|"))
        expect(v.title.trim().length, v.sku).toBeGreaterThan(0)
      }
      // Medusa rejects two variants with the same option combination
      expect(combos.size, p.handle).toBe(p.variants.length)
      // every offered option value is actually purchasable as some variant
      for (const o of p.options) {
        for (const value of o.values) {
          expect(p.variants.some((v) => v.options[o.title] === value), `${p.handle} ${o.title}=${value}`).toBe(true)
        }
      }
    }
  })

  it("prices everything in whole rupiah, positive multiples of 100", () => {
    for (const { variant } of variants) {
      expect(Number.isInteger(variant.price), variant.sku).toBe(true)
      expect(variant.price, variant.sku).toBeGreaterThan(0)
      expect(variant.price % 100, variant.sku).toBe(0)
      expect(variant.price, variant.sku).toBeLessThanOrEqual(10_000_000)
    }
  })

  it("keeps prices in realistic ranges per product type", () => {
    const ranges: [(handle: string, category: string) => boolean, number, number][] = [
      [(_h, c) => c === "kuliner", 12_000, 250_000],
      [(h) => h.startsWith("batik-tulis-"), 450_000, 2_500_000],
      [(h) => h.startsWith("batik-cap-"), 150_000, 350_000],
      [(h) => /^(kemeja|blus)-/.test(h), 175_000, 450_000],
    ]
    for (const p of catalog) {
      for (const [applies, min, max] of ranges) {
        if (!applies(p.handle, p.category)) continue
        for (const v of p.variants) {
          expect(v.price, v.sku).toBeGreaterThanOrEqual(min)
          expect(v.price, v.sku).toBeLessThanOrEqual(max)
        }
      }
    }
    const salak = catalog.find((p) => p.handle === "salak-pondoh-super")
    expect(salak?.variants.map((v) => v.options.Berat)).toEqual(["1 kg", "2 kg", "5 kg"])
  })

  it("has exactly one sold-out variant and a few low-stock ones", () => {
    for (const { variant } of variants) {
      expect(Number.isInteger(variant.stock), variant.sku).toBe(true)
      expect(variant.stock, variant.sku).toBeGreaterThanOrEqual(0)
      expect(variant.stock, variant.sku).toBeLessThanOrEqual(200)
    }
    expect(variants.filter(({ variant }) => variant.stock === 0)).toHaveLength(1)
    expect(variants.filter(({ variant }) => variant.stock >= 1 && variant.stock <= 3).length).toBeGreaterThanOrEqual(2)
  })

  it("sizes shirts S–XL, one variant per size", () => {
    const shirts = catalog.filter((p) => p.category === "batik" && /^(kemeja|blus)-/.test(p.handle))
    expect(shirts.length).toBeGreaterThanOrEqual(3)
    for (const p of shirts) {
      const size = p.options.find((o) => o.title === "Ukuran")
      expect(size?.values, p.handle).toEqual(["S", "M", "L", "XL"])
    }
  })

  it("features 8 products spread over every category", () => {
    const featured = catalog.filter((p) => p.featured)
    expect(featured).toHaveLength(8)
    expect(new Set(featured.map((p) => p.category))).toEqual(new Set(categories.map((c) => c.handle)))
  })

  it("has Indonesian copy of 2–4 sentences and plausible weights", () => {
    for (const p of catalog) {
      expect(p.title.trim().length, p.handle).toBeGreaterThan(3)
      const n = sentences(p.description).length
      expect(n, `${p.handle}: ${p.description}`).toBeGreaterThanOrEqual(2)
      expect(n, `${p.handle}: ${p.description}`).toBeLessThanOrEqual(4)
      for (const v of p.variants) {
        if (v.weight !== undefined) {
          expect(Number.isInteger(v.weight), v.sku).toBe(true)
          expect(v.weight, v.sku).toBeGreaterThan(0)
        }
      }
    }
  })

  it("describes each product image with a known motif and three hex colours", () => {
    for (const p of catalog) {
      expect(imageMotifs, p.handle).toContain(p.image.motif)
      expect(p.image.palette, p.handle).toHaveLength(3)
      for (const hex of p.image.palette) expect(hex, p.handle).toMatch(/^#[0-9a-f]{6}$/i)
    }
  })
})
