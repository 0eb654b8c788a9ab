// Lighthouse (mobile) on the storefront's home, category, product and cart pages, and the
// image bytes each page downloads. `npm run bench` calls it; also runnable alone:
//   STOREFRONT_URL=http://localhost:4321 node scripts/bench/storefront-lighthouse.mjs
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Lighthouse 12.2.3 (Node 20).
import { pathToFileURL } from "node:url"

const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** Puts one product in a fresh cart through the storefront's own form; returns its cookie. */
async function cartCookie(base, productHandle) {
  const page = await (await fetch(`${base}/produk/${productHandle}`)).text()
  const variant = page.match(/name="variant_id" value="([^"]+)"/)?.[1]
  if (!variant) throw new Error(`no variant on /produk/${productHandle}`)
  const res = await fetch(`${base}/api/keranjang/tambah`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ variant_id: variant, quantity: "1", redirect: "/keranjang" }),
  })
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("ps_cart="))
  if (!cookie) throw new Error("adding to the cart set no ps_cart cookie")
  return cookie
}

export async function lighthousePages(base, { category = "batik", product = "batik-tulis-parang-rusak" } = {}) {
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const cookie = await cartCookie(base, product)
  const pages = [
    ["home", "/", {}],
    ["category", `/kategori/${category}`, {}],
    ["product", `/produk/${product}`, {}],
    ["cart", "/keranjang", { Cookie: cookie }],
  ]
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] })
  const results = []
  try {
    for (const [name, path, extraHeaders] of pages) {
      const runner = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        extraHeaders,
      })
      const lhr = runner.lhr
      const requests = lhr.audits["network-requests"]?.details?.items ?? []
      const images = requests.filter((r) => r.resourceType === "Image")
      const doc = requests.find((r) => r.resourceType === "Document")
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)
      results.push({
        page: name,
        path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        imageRequests: images.length,
        imageBytes: images.reduce((s, r) => s + (r.transferSize ?? 0), 0),
        htmlBytes: doc?.transferSize ?? 0,
        failedA11y: Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
      })
    }
  } finally {
    await chrome.kill()
  }
  return results
}

export function lighthouseTable(results) {
  const rows = results.map((r) =>
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.imageRequests} | ${(r.imageBytes / 1024).toFixed(1)} KB | ${(r.htmlBytes / 1024).toFixed(1)} KB |${r.failedA11y.length ? ` a11y: ${r.failedA11y.join(", ")}` : ""}`)
  return ["| page | perf | a11y | best pr. | SEO | LCP ms | images | image bytes | HTML bytes |", "|---|---|---|---|---|---|---|---|---|", ...rows].join("\n")
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const base = process.env.STOREFRONT_URL || "http://localhost:4321"
  const results = await lighthousePages(base)
  console.log(lighthouseTable(results))
  console.log(JSON.stringify(results))
}
