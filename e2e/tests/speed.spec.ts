import { expect, request, test } from "@playwright/test"

// Issue 6, "speed the shopper feels": compression, images at the size shown, heading order.

test("pages are served compressed (brotli, else gzip)", async ({ baseURL }) => {
  const api = await request.newContext({ baseURL })
  for (const [encoding, expected] of [["br, gzip", "br"], ["gzip", "gzip"]]) {
    const res = await api.get("/kategori/batik", { headers: { "accept-encoding": encoding } })
    expect(res.status()).toBe(200)
    expect(res.headers()["content-encoding"], encoding).toBe(expected)
    expect(await res.text()).toContain("<h1")
  }
  await api.dispose()
})

test("the category page loads small WebP images at the size shown, lazily below the fold, with a sound heading outline", async ({ page }) => {
  const images: { url: string; type: string; bytes: number }[] = []
  page.on("response", async (res) => {
    if (res.request().resourceType() !== "image") return
    const body = await res.body().catch(() => Buffer.alloc(0))
    images.push({ url: res.url(), type: res.headers()["content-type"] ?? "", bytes: body.length })
  })
  await page.goto("/kategori/batik")
  const cards = page.locator(".product-card img")
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThan(4)

  for (let i = 0; i < count; i++) {
    const img = cards.nth(i)
    // Cards never ask for the full-size PNG: WebP from the image endpoint, with a srcset.
    expect(await img.getAttribute("src")).toMatch(/^\/_image\?.*f=webp/)
    expect(await img.getAttribute("srcset")).toMatch(/ 160w,.* 330w/)
    expect(await img.getAttribute("sizes")).toBeTruthy()
    expect(await img.getAttribute("loading"), `card ${i}`).toBe(i < 4 ? "eager" : "lazy")
  }
  // The first card's photo is no wider than ~2× what is displayed.
  await page.waitForLoadState("load")
  const { natural, shown, dpr } = await cards.first().evaluate((el: HTMLImageElement) => ({ natural: el.naturalWidth, shown: el.clientWidth, dpr: devicePixelRatio }))
  expect(natural).toBeLessThanOrEqual(Math.max(160, shown * dpr * 2))

  const photos = images.filter((i) => i.url.includes("/_image"))
  expect(photos.length).toBeGreaterThan(0)
  for (const p of photos) {
    expect(p.type, p.url).toBe("image/webp")
    expect(p.bytes, p.url).toBeLessThan(25_000)
  }
  expect(images.filter((i) => /\.png(\?|$)/.test(i.url)), "no full-size PNG downloads").toEqual([])

  // Headings go h1 → h2 → h3 without skipping a level.
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((els) => els.map((e) => Number(e.tagName[1])))
  expect(levels[0]).toBe(1)
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `outline ${levels.join(",")}`).toBeLessThanOrEqual(1)
})

test("product gallery thumbnails are 64 px images, not the full photo", async ({ page }) => {
  await page.goto("/produk/batik-tulis-parang-rusak")
  const thumbs = page.locator(".thumbs img")
  expect(await thumbs.count()).toBeGreaterThan(1)
  for (const src of await thumbs.evaluateAll((els) => els.map((e) => (e as HTMLImageElement).getAttribute("src")!))) {
    expect(src).toMatch(/^\/_image\?.*w=64&h=64/)
  }
  const main = page.locator("#gambar-utama")
  expect(await main.getAttribute("srcset")).toMatch(/ 360w, .* 480w/)
})
