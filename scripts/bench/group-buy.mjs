// Borong Bareng benchmark (part of `npm run bench`; also runnable alone against `npm start`):
//   node scripts/bench/group-buy.mjs
//  1. 200 customers are registered beforehand; then 200 concurrent joins (1 unit each) hit one
//     deal capped at 150 units over HTTP: joins accepted, no oversell, the deal's total equals the
//     sum of accepted participations, join latency p50/p95. The deal is cancelled afterwards.
//  2. Closing a deal with BENCH_GB_PARTICIPANTS participations (default 500; the same 200 customers
//     join 2–3 times): time of the admin's "close now" (target ≤ 60 s), and every one captured.
// It writes a throwaway product (stock not managed) and the customers into the running store's database.
import fs from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"

const CUSTOMERS = 200
const JOIN_CAP = 150

function percentile(sorted, p) {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]) : null
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool(items, limit, fn) {
  const out = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    })
  )
  return out
}

export async function groupBuyBench({ backend, key, admin, participants = Number(process.env.BENCH_GB_PARTICIPANTS || 500), log = console.log }) {
  const store = { "x-publishable-api-key": key, "content-type": "application/json" }
  async function call(method, url, body, headers = store) {
    const res = await fetch(`${backend}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const data = await res.json().catch(() => ({}))
    return { status: res.status, data }
  }
  const login = await call("POST", "/auth/user/emailpass", admin)
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`)
  const adminH = { authorization: `Bearer ${login.data.token}`, "content-type": "application/json" }
  const must = async (method, url, body, headers = adminH) => {
    const r = await call(method, url, body, headers)
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${r.data.message}`)
    return r.data
  }

  // A throwaway product without stock management (so 500 units fit), in the store's sales channel.
  const stamp = Date.now()
  const { sales_channels } = await must("GET", "/admin/sales-channels?limit=10")
  const { shipping_profiles } = await must("GET", "/admin/shipping-profiles?limit=10")
  const { product } = await must("POST", "/admin/products", {
    title: `Bench Borong Bareng ${stamp}`,
    status: "published",
    shipping_profile_id: shipping_profiles[0].id,
    sales_channels: sales_channels.map((s) => ({ id: s.id })),
    options: [{ title: "Ukuran", values: ["Standar"] }],
    variants: [{ title: "Standar", manage_inventory: false, options: { Ukuran: "Standar" }, prices: [{ currency_code: "idr", amount: 20000 }] }],
  })
  const variantId = product.variants[0].id

  log(`registering ${CUSTOMERS} customers`)
  const customers = await pool([...Array(CUSTOMERS).keys()], 8, async (i) => {
    const email = `bench-${stamp}-${i}@contoh.id`
    const password = "bench-sleman-1"
    // Each shopper from its own address: the backend limits registrations per client address
    // (it believes X-Forwarded-For from loopback, where the bench runs).
    const shopper = { ...store, "x-forwarded-for": `198.18.${i >> 8}.${(i & 255) + 1}` }
    const reg = await call("POST", "/auth/customer/emailpass/register", { email, password }, shopper)
    await must("POST", "/store/customers", { email }, { ...shopper, authorization: `Bearer ${reg.data.token}` })
    const token = (await call("POST", "/auth/customer/emailpass", { email, password }, shopper)).data.token
    return { ...store, authorization: `Bearer ${token}` }
  })

  const deal = async (title, body) => {
    const { group_buy } = await must("POST", "/admin/group-buys", {
      variant_id: variantId,
      title,
      tiers: [
        { min_quantity: 1, unit_price: 20000 },
        { min_quantity: 50, unit_price: 18000 },
        { min_quantity: 200, unit_price: 16000 },
      ],
      starts_at: new Date(Date.now() - 60_000).toISOString(),
      ends_at: new Date(Date.now() + 86400_000).toISOString(),
      ...body,
    })
    await must("POST", `/admin/group-buys/${group_buy.id}/publish`, {})
    return group_buy.id
  }

  // 1. 200 concurrent joins for 150 units
  const raceId = await deal(`Bench serbu ${stamp}`, { target_quantity: 10, max_per_customer: 1, max_total: JOIN_CAP })
  log(`${CUSTOMERS} concurrent joins on a deal capped at ${JOIN_CAP}`)
  const t0 = Date.now()
  const joins = await Promise.all(
    customers.map(async (h) => {
      const s = Date.now()
      const r = await call("POST", `/store/group-buys/${raceId}/join`, { quantity: 1 }, h)
      return { ms: Date.now() - s, status: r.status, quantity: r.data.participation?.quantity ?? 0, message: r.data.message }
    })
  )
  const wall = Date.now() - t0
  const raceView = (await call("GET", `/store/group-buys/${raceId}`)).data.group_buy
  const acceptedJoins = joins.filter((j) => j.status === 200)
  const okMs = acceptedJoins.map((j) => j.ms).sort((a, b) => a - b)
  const allMs = joins.map((j) => j.ms).sort((a, b) => a - b)
  const race = {
    attempts: joins.length,
    accepted: acceptedJoins.length,
    rejected400: joins.filter((j) => j.status === 400).length,
    other: joins.filter((j) => j.status !== 200 && j.status !== 400).map((j) => `${j.status} ${j.message}`).slice(0, 5),
    deal_total: raceView.total_quantity,
    sum_of_participations: acceptedJoins.reduce((s, j) => s + j.quantity, 0),
    cap: JOIN_CAP,
    oversold: raceView.total_quantity > JOIN_CAP,
    wall_ms: wall,
    accepted_p50_ms: percentile(okMs, 50),
    accepted_p95_ms: percentile(okMs, 95),
    all_p50_ms: percentile(allMs, 50),
    all_p95_ms: percentile(allMs, 95),
  }
  await must("POST", `/admin/group-buys/${raceId}/cancel`, {})

  // 2. close a deal with `participants` participations
  const closeId = await deal(`Bench tutup ${stamp}`, { target_quantity: 10, max_per_customer: 3, max_total: participants + 10 })
  log(`preparing ${participants} participations`)
  const order = [...Array(participants).keys()].map((i) => customers[i % CUSTOMERS])
  const prepared = await pool(order, 8, async (h) => (await call("POST", `/store/group-buys/${closeId}/join`, { quantity: 1 }, h)).status)
  const preparedOk = prepared.filter((s) => s === 200).length
  log(`closing a deal with ${preparedOk} participations`)
  const c0 = Date.now()
  const closed = await must("POST", `/admin/group-buys/${closeId}/close`, {})
  const closeMs = Date.now() - c0
  const close = {
    participations: preparedOk,
    status: closed.group_buy.status,
    final_unit_price: closed.group_buy.final_unit_price,
    captured: closed.group_buy.participations.filter((p) => p.state === "captured").length,
    revenue: closed.group_buy.summary.revenue,
    close_ms: closeMs,
    target_ms: 60_000,
    verdict: closeMs <= 60_000 ? "met" : "missed",
  }
  return { race, close }
}

export function groupBuyMarkdown({ race, close }) {
  return `## Borong Bareng
200 customers prepared beforehand; 200 concurrent joins (1 unit each) on one deal capped at ${race.cap} units over HTTP:

| attempts | accepted | rejected (400) | other | deal total | sum of participations | oversold | join p50 / p95 (accepted) | p50 / p95 (all) | wall |
|---|---|---|---|---|---|---|---|---|---|
| ${race.attempts} | ${race.accepted} | ${race.rejected400} | ${race.other.length ? race.other.join("; ") : 0} | ${race.deal_total} | ${race.sum_of_participations} | ${race.oversold ? "**yes**" : "no"} | ${race.accepted_p50_ms} / ${race.accepted_p95_ms} ms | ${race.all_p50_ms} / ${race.all_p95_ms} ms | ${(race.wall_ms / 1000).toFixed(1)} s |

Closing a deal with ${close.participations} participations ("close now", target reached → capture at the final price, order edit, release the rest): **${(close.close_ms / 1000).toFixed(1)} s** (${close.captured} captured, status ${close.status}, final Rp ${close.final_unit_price}); target ≤ 60 s: **${close.verdict}**.
`
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..")
  const backend = process.env.BACKEND_URL || "http://localhost:9000"
  const key = fs.readFileSync(process.env.PUBLISHABLE_KEY_FILE || path.join(root, ".data/publishable-key.txt"), "utf8").trim()
  const { STORE_ADMIN } = await import("../lib/admin-credentials.mjs")
  const result = await groupBuyBench({ backend, key, admin: STORE_ADMIN })
  console.log(JSON.stringify(result, null, 2))
  console.log(groupBuyMarkdown(result))
}
