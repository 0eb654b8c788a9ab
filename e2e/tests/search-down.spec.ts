import type { ChildProcess } from "node:child_process"
import http from "node:http"
import net from "node:net"
import { expect, test } from "@playwright/test"
import { BACKEND_URL, startOwnStorefront, storefrontPublishableKey } from "./helpers"

// Issue 9, "degrade gracefully": a storefront of its own, in front of the real backend
// through a proxy whose search engine is down (POST /store/search answers 500, as
// Medusa does when its provider cannot reach Meilisearch). Listing and product pages
// keep working; the search page and the header suggestions say so in Indonesian.

let proxy: http.Server
let storefront: ChildProcess
let base: string

test.beforeAll(async () => {
  const publishableKey = await storefrontPublishableKey()

  const backend = new URL(BACKEND_URL)
  proxy = http.createServer((req, res) => {
    if (req.method === "POST" && req.url?.startsWith("/store/search")) {
      req.resume()
      res.writeHead(500, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "unknown_error", message: "connect ECONNREFUSED 127.0.0.1:7700" }))
      return
    }
    const upstream = http.request(
      { host: backend.hostname, port: backend.port, path: req.url, method: req.method, headers: { ...req.headers, host: backend.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      }
    )
    upstream.on("error", () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", () => r()))
  const proxyPort = (proxy.address() as net.AddressInfo).port
  ;({ base, process: storefront } = await startOwnStorefront({
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${proxyPort}`,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    MEDUSA_TIMEOUT_MS: "10000",
  }))
})

test.afterAll(async () => {
  storefront?.kill()
  proxy?.close()
})

test("with search down, listing and product pages work and search says so in Indonesian", async ({ page }) => {
  for (const p of ["/", "/kategori/batik", "/produk/salak-pondoh-super"]) {
    const res = await page.goto(`${base}${p}`)
    expect(res?.status(), p).toBe(200)
  }
  await expect(page.locator("h1")).toContainText("Salak Pondoh")

  const res = await page.goto(`${base}/cari?q=batik`)
  expect(res?.status()).toBe(503)
  await expect(page.locator("#pencarian-tidak-tersedia")).toContainText("Pencarian sedang tidak tersedia")
  // The way on: browse by category.
  await page.locator("#pencarian-tidak-tersedia a").first().click()
  await expect(page).toHaveURL(/\/kategori\//)

  const saran = await page.request.get(`${base}/api/cari/saran?q=batik`)
  expect(saran.status()).toBe(503)
  expect(await saran.text()).toContain("Pencarian sedang tidak tersedia")
})
