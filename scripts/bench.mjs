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
import { ROOT, log } from "./lib/util.mjs"

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

function percentile(sorted, p) {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
}

log("bench", `warming up ${productsPath}`)
await cannon({ url: `${BACKEND}${productsPath}`, headers, connections: CONNECTIONS, duration: 3 })
log("bench", `GET ${productsPath}: ${CONNECTIONS} connections for ${DURATION}s`)
const { result: api, latencies } = await cannon({ url: `${BACKEND}${productsPath}`, headers, connections: CONNECTIONS, duration: DURATION })
latencies.sort((a, b) => a - b)
const apiResult = {
  endpoint: `GET ${productsPath.replace(regionId, "<region>")}`,
  connections: CONNECTIONS,
  seconds: DURATION,
  requests: api.requests.total,
  non2xx: api.non2xx,
  errors: api.errors,
  p50: percentile(latencies, 50),
  p95: percentile(latencies, 95),
  p99: percentile(latencies, 99),
  reqPerSec: api.requests.average,
}

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

const report = {
  measuredAt: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  backend: BACKEND,
  storefront: STOREFRONT,
  storeApi: apiResult,
  pageJs: pages,
  targets: TARGETS,
  verdict: {
    p99: apiResult.p99 <= TARGETS.p99Ms ? "met" : "missed",
    productPageJs: pages[2].gzipBytes <= TARGETS.productPageJsBytes ? "met" : "missed",
  },
}

const md = `# Pasar Sleman benchmark — ${report.measuredAt}

Machine: ${report.machine}. Stack: ${BACKEND} (backend), ${STOREFRONT} (storefront).

## Store API — ${apiResult.endpoint}
${CONNECTIONS} connections, ${DURATION} s (after a 3 s warm-up); ${apiResult.requests} requests, ${apiResult.non2xx} non-2xx, ${apiResult.errors} errors.

| p50 | p95 | p99 | req/s |
|---|---|---|---|
| ${apiResult.p50} ms | ${apiResult.p95} ms | ${apiResult.p99} ms | ${apiResult.reqPerSec.toFixed(1)} |

Target p99 ≤ ${TARGETS.p99Ms} ms: **${report.verdict.p99}**.

## JavaScript shipped per page (gzip -9)
| page | external scripts | inline scripts | raw bytes | gzipped bytes |
|---|---|---|---|---|
${pages.map((p) => `| ${p.page} | ${p.scripts} | ${p.inlineScripts} | ${p.rawBytes} | ${p.gzipBytes} |`).join("\n")}

Target product page ≤ 30 KB gzipped: **${report.verdict.productPageJs}**.
`

const dir = path.join(ROOT, "bench/results")
fs.mkdirSync(dir, { recursive: true })
const stamp = report.measuredAt.replace(/[:.]/g, "-")
fs.writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(report, null, 2))
fs.writeFileSync(path.join(dir, `${stamp}.md`), md)
fs.writeFileSync(path.join(dir, "latest.md"), md)
console.log(md)
log("bench", `report written to bench/results/${stamp}.md`)
