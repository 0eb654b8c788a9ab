#!/usr/bin/env node
// `npm run bench`: measures the stack started by `npm start` and writes a report
// (bench/results/<timestamp>.md + .json, and bench/results/latest.md).
//  - Store API: GET /store/products latency p50/p95/p99 and req/s, 10 connections (autocannon)
//  - Storefront: gzipped JS bytes shipped by the home, a category and a product page
// Targets: p99 ≤ 100 ms; product page JS ≤ 30 KB gzipped.
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import autocannon from "autocannon"
import { percentile } from "@pasar-sleman/test-support"
import { ROOT, log } from "./lib/util.mjs"
import { STORE_ADMIN } from "./lib/admin-credentials.mjs"
import { lighthousePages, lighthouseTable } from "./bench/storefront-lighthouse.mjs"
import { groupBuyBench, groupBuyMarkdown } from "./bench/group-buy.mjs"
import { benchGreatSale } from "./bench/great-sale.mjs"

const BACKEND = process.env.BACKEND_URL || "http://localhost:9000"
const STOREFRONT = process.env.STOREFRONT_URL || "http://localhost:4321"
const KEY_FILE = process.env.PUBLISHABLE_KEY_FILE || path.join(ROOT, ".data/publishable-key.txt")
const DURATION = Number(process.env.BENCH_SECONDS || 20)
const CONNECTIONS = 10
const TARGETS = { p99Ms: 100, productPageJsBytes: 30 * 1024 }

if (!fs.existsSync(KEY_FILE)) {
  console.error(`No publishable key at ${KEY_FILE}: start the store first (npm start).`)
  process.exit(1)
}
const key = fs.readFileSync(KEY_FILE, "utf8").trim()
const headers = { "x-publishable-api-key": key }

async function getJson(url) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return res.json()
}

const { regions } = await getJson(`${BACKEND}/store/regions`)
const regionId = regions[0].id
const productsPath = `/store/products?limit=12&region_id=${regionId}`
const { products } = await getJson(`${BACKEND}${productsPath}`)
const { product_categories } = await getJson(`${BACKEND}/store/product-categories`)

/** Runs autocannon and keeps every response time, for exact percentiles (autocannon's own list has no p95). */
function cannon(opts) {
  const latencies = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, latencies })))
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

// The storefront's category page asks for card fields only; read them from its source so the
// second measurement cannot drift from what the storefront really sends.
const medusaTs = fs.readFileSync(path.join(ROOT, "storefront/src/features/catalog/catalog.server.ts"), "utf8")
const cardFields = medusaTs.match(/PRODUCT_CARD_FIELDS =\s*"([^"]+)"/)?.[1]
if (!cardFields) throw new Error("PRODUCT_CARD_FIELDS not found in storefront/src/features/catalog/catalog.server.ts")
const categoryPath = `${productsPath}&category_id=${product_categories[0].id}&order=-created_at&fields=${encodeURIComponent(cardFields)}`

async function measure(apiPath, label) {
  log("bench", `warming up ${label}`)
  await cannon({ url: `${BACKEND}${apiPath}`, headers, connections: CONNECTIONS, duration: 3 })
  log("bench", `${label}: ${CONNECTIONS} connections for ${DURATION}s`)
  const { result, latencies } = await cannon({ url: `${BACKEND}${apiPath}`, headers, connections: CONNECTIONS, duration: DURATION })
  return {
    label,
    endpoint: `GET ${apiPath.replaceAll(regionId, "<region>").replace(product_categories[0].id, "<category>")}`,
    connections: CONNECTIONS,
    seconds: DURATION,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: percentile(latencies, 50, 1),
    p95: percentile(latencies, 95, 1),
    p99: percentile(latencies, 99, 1),
    reqPerSec: result.requests.average,
  }
}

// The first is the target's measure (default fields); the second is the storefront's real query.
const apiResults = [
  await measure(productsPath, "GET /store/products (default fields)"),
  await measure(categoryPath, "GET /store/products as the category page asks (card fields)"),
]
const apiResult = apiResults[0]

/** Every script a page makes the browser run: external (src/modulepreload) and inline. */
async function pageJsBytes(pagePath) {
  const html = await (await fetch(`${STOREFRONT}${pagePath}`)).text()
  const srcs = new Set()
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) srcs.add(m[1])
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) srcs.add(m[1])
  let raw = 0, gzip = 0
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, STOREFRONT))).arrayBuffer())
    raw += body.length
    gzip += zlib.gzipSync(body, { level: 9 }).length
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim())
  for (const code of inline) {
    raw += Buffer.byteLength(code)
    gzip += zlib.gzipSync(code, { level: 9 }).length
  }
  return { page: pagePath, scripts: srcs.size, inlineScripts: inline.length, rawBytes: raw, gzipBytes: gzip }
}

const pages = [
  await pageJsBytes("/"),
  await pageJsBytes(`/kategori/${product_categories[0].handle}`),
  await pageJsBytes(`/produk/${products[0].handle}`),
]

// The Great Sale section's admin: ADMIN_EMAIL/ADMIN_PASSWORD if set (its documented switches), else the store's.
const greatSaleAdmin = { email: process.env.ADMIN_EMAIL || STORE_ADMIN.email, password: process.env.ADMIN_PASSWORD || STORE_ADMIN.password }
const greatSale = await benchGreatSale({ backend: BACKEND, adminCredentials: greatSaleAdmin, storeHeaders: headers, regionId, categories: product_categories, measure, log })
// Lighthouse mobile + image bytes per page (needs Chromium; BENCH_LIGHTHOUSE=0 skips it).
log("bench", "lighthouse (mobile) on home, category, product, cart")
const lighthouse = process.env.BENCH_LIGHTHOUSE === "0" ? [] : await lighthousePages(STOREFRONT).catch((err) => (log("bench", `lighthouse skipped: ${err.message}`), []))
const groupBuy = await groupBuyBench({
  backend: BACKEND,
  key,
  admin: STORE_ADMIN,
  log: (m) => log("bench", `borong bareng: ${m}`),
})
// Search section (own database and backend; BENCH_SEARCH=0 skips it): scripts/bench/search.mjs
const { benchSearch, searchMarkdown } = await import("./bench/search.mjs")
const search = process.env.BENCH_SEARCH === "0" ? null : await benchSearch()

const report = {
  search,
  measuredAt: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  backend: BACKEND,
  storefront: STOREFRONT,
  storeApi: apiResults,
  pageJs: pages,
  lighthouse,
  groupBuy,
  greatSale: greatSale.result,
  targets: TARGETS,
  verdict: {
    p99: apiResult.p99 <= TARGETS.p99Ms ? "met" : "missed",
    productPageJs: pages[2].gzipBytes <= TARGETS.productPageJsBytes ? "met" : "missed",
  },
}

const md = `# Pasar Sleman benchmark — ${report.measuredAt}

Machine: ${report.machine}. Stack: ${BACKEND} (backend), ${STOREFRONT} (storefront).

## Store API — ${CONNECTIONS} connections, ${DURATION} s each (after a 3 s warm-up)
| query | p50 | p95 | p99 | req/s | requests | non-2xx | errors |
|---|---|---|---|---|---|---|---|
${apiResults.map((r) => `| ${r.label} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.reqPerSec.toFixed(1)} | ${r.requests} | ${r.non2xx} | ${r.errors} |`).join("\n")}

${apiResults.map((r) => `- ${r.label}: \`${r.endpoint}\``).join("\n")}

Target p99 ≤ ${TARGETS.p99Ms} ms (default fields): **${report.verdict.p99}**.

## JavaScript shipped per page (gzip -9)
| page | external scripts | inline scripts | raw bytes | gzipped bytes |
|---|---|---|---|---|
${pages.map((p) => `| ${p.page} | ${p.scripts} | ${p.inlineScripts} | ${p.rawBytes} | ${p.gzipBytes} |`).join("\n")}

Target product page ≤ 30 KB gzipped: **${report.verdict.productPageJs}**.

${greatSale.markdown}

## Lighthouse 12 (mobile) and bytes per page
${lighthouse.length ? lighthouseTable(lighthouse) : "(not measured)"}

${groupBuyMarkdown(groupBuy)}

${search ? searchMarkdown(search) : ""}`

const dir = path.join(ROOT, "bench/results")
fs.mkdirSync(dir, { recursive: true })
const stamp = report.measuredAt.replace(/[:.]/g, "-")
fs.writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(report, null, 2))
fs.writeFileSync(path.join(dir, `${stamp}.md`), md)
fs.writeFileSync(path.join(dir, "latest.md"), md)
console.log(md)
log("bench", `report written to bench/results/${stamp}.md`)
