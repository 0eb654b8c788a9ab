// Great Sale section of `npm run bench` (called from scripts/bench.mjs).
//  1. Activation over 1,000 batik variants: 100 draft products × 10 variants are generated
//     once in an internal Batik child category "batik-bench" (drafts: shoppers never see
//     them), a 15% sale over that category is created and activated (timed: POST
//     /admin/great-sales/:id/activate, which computes and writes the price list), then
//     cancelled again. Its window starts after every running sale ends (no overlap).
//  2. GET /store/products p99 with a sale active vs none, side by side in one run: the
//     Batik category (every product in the running sale) against Kerajinan (none).
// Target: activation ≤ 10 s; p99 with a sale within 20% of p99 without.
import { adminLogin, mustRequest } from "@pasar-sleman/test-support"

const PRODUCTS = 100
const VARIANTS_PER_PRODUCT = 10
const DAY = 24 * 60 * 60 * 1000

/** `adminCredentials`: the store's admin (scripts/lib/admin-credentials.mjs). */
export async function benchGreatSale({ backend, adminCredentials, storeHeaders, regionId, categories, measure, log }) {
  const headers = { authorization: `Bearer ${await adminLogin(backend, adminCredentials)}` }
  const admin = (path, body) => mustRequest(backend, body === undefined ? "GET" : "POST", path, { body, headers })

  // 1. generated batik variants (once)
  const batik = categories.find((c) => c.handle === "batik")
  let [benchCategory] = (await admin(`/admin/product-categories?handle=batik-bench`)).product_categories
  if (!benchCategory) {
    benchCategory = (
      await admin(`/admin/product-categories`, {
        name: "Batik (benchmark)",
        handle: "batik-bench",
        parent_category_id: batik.id,
        is_active: true,
        is_internal: true,
      })
    ).product_category
  }
  const { count: have } = await admin(`/admin/products?category_id[]=${benchCategory.id}&limit=1&fields=id`)
  if (have < PRODUCTS) {
    const { sales_channels } = await admin(`/admin/sales-channels?limit=1`)
    log("bench", `generating ${PRODUCTS - have} batik products × ${VARIANTS_PER_PRODUCT} variants`)
    for (let start = have; start < PRODUCTS; start += 10) {
      const create = []
      for (let i = start; i < Math.min(PRODUCTS, start + 10); i++) {
        const values = Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => `Motif ${v + 1}`)
        create.push({
          title: `Batik Bench ${i + 1}`,
          handle: `bench-batik-${i + 1}`,
          status: "draft",
          categories: [{ id: benchCategory.id }],
          sales_channels: [{ id: sales_channels[0].id }],
          options: [{ title: "Motif", values }],
          variants: values.map((value, v) => ({
            title: value,
            options: { Motif: value },
            manage_inventory: false,
            prices: [{ currency_code: "idr", amount: 100000 + i * 1000 + v * 777 }],
          })),
        })
      }
      await admin(`/admin/products/batch`, { create })
    }
  }

  const { great_sales } = await admin(`/admin/great-sales`)
  const live = great_sales.filter((s) => s.status === "scheduled" || s.status === "active")
  const after = Math.max(Date.now(), ...live.map((s) => new Date(s.ends_at).getTime())) + DAY
  const { great_sale } = await admin(`/admin/great-sales`, {
    name: `Bench ${new Date().toISOString()}`,
    discount_percent: 15,
    category_ids: [benchCategory.id],
    starts_at: new Date(after).toISOString(),
    ends_at: new Date(after + DAY).toISOString(),
  })
  const { count: variants } = await admin(`/admin/great-sales/${great_sale.id}/preview`)
  log("bench", `activating a sale over ${variants} variants`)
  let t = performance.now()
  await admin(`/admin/great-sales/${great_sale.id}/activate`, {})
  const activationMs = Math.round(performance.now() - t)
  t = performance.now()
  await admin(`/admin/great-sales/${great_sale.id}/cancel`, {})
  const cancelMs = Math.round(performance.now() - t)

  // 2. store API with / without a sale
  const { great_sales: running } = await (await fetch(`${backend}/store/great-sales/active`, { headers: storeHeaders })).json()
  const kerajinan = categories.find((c) => c.handle === "kerajinan")
  const base = `/store/products?limit=12&region_id=${regionId}&fields=${encodeURIComponent("id,title,handle,thumbnail,*variants.calculated_price")}`
  const withSale = running.length ? await measure(`${base}&category_id=${batik.id}`, "Batik (sale active)") : null
  const withoutSale = await measure(`${base}&category_id=${kerajinan.id}`, "Kerajinan (no sale)")

  const ratio = withSale ? withSale.p99 / withoutSale.p99 : null
  const result = {
    activation: { variants, activationMs, cancelMs, targetMs: 10000, verdict: activationMs <= 10000 ? "met" : "missed" },
    storeProducts: { withSale, withoutSale, p99Ratio: ratio, target: "within 20%", verdict: ratio === null ? "no sale running" : ratio <= 1.2 ? "met" : "missed" },
  }
  const row = (r) => `| ${r.label} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.reqPerSec.toFixed(1)} | ${r.non2xx} |`
  const markdown = `## Great Sale
Activation over ${variants} generated batik variants (price list computed and written): **${activationMs} ms** (cancel: ${cancelMs} ms). Target ≤ 10 s: **${result.activation.verdict}**.

GET /store/products, 12 cards with calculated prices, same fields, one run:
| query | p50 | p95 | p99 | req/s | non-2xx |
|---|---|---|---|---|---|
${[withSale, withoutSale].filter(Boolean).map(row).join("\n")}

p99 with a sale / without: ${ratio === null ? "no sale running (start one: the seed's demo sale)" : `${ratio.toFixed(2)}×`}. Target within 20%: **${result.storeProducts.verdict}**.
`
  return { result, markdown }
}
