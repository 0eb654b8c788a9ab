import { expect, request, test, type Browser, type Page } from "@playwright/test"
import { BACKEND_URL, adminToken, field, rupiah, uniqueEmail } from "./helpers"

// Borong Bareng end to end: two shoppers in two browsers, live progress, the
// campaign manager closes the deal in Medusa Admin, both see the final price.
const SKU = "KSH-MSK-BTK-P3" // Masker batik (not used by the seeded demo deals)

async function adminApi() {
  const api = await request.newContext({ baseURL: BACKEND_URL })
  const headers = { authorization: `Bearer ${await adminToken()}` }
  return {
    get: async (path: string) => (await api.get(path, { headers })).json(),
    post: async (path: string, data: unknown) => {
      const res = await api.post(path, { headers, data })
      expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy()
      return res.json()
    },
  }
}

async function openDeal(title: string, target: number, { publish = true } = {}) {
  const admin = await adminApi()
  const { products } = await admin.get(`/admin/products?limit=100&fields=id,variants.id,variants.sku,variants.prices.amount,variants.prices.currency_code`)
  const variant = products.flatMap((p: any) => p.variants).find((v: any) => v.sku === SKU)
  const price = variant.prices.find((p: any) => p.currency_code === "idr").amount
  const { group_buy } = await admin.post("/admin/group-buys", {
    variant_id: variant.id,
    title,
    tiers: [
      { min_quantity: 1, unit_price: price },
      { min_quantity: 3, unit_price: price - 2000 },
    ],
    starts_at: new Date(Date.now() - 60_000).toISOString(),
    ends_at: new Date(Date.now() + 3 * 86400_000).toISOString(),
    target_quantity: target,
    max_per_customer: 5,
    max_total: 40,
  })
  if (publish) await admin.post(`/admin/group-buys/${group_buy.id}/publish`, {})
  return { id: group_buy.id as string, price: price as number, admin }
}

/** Medusa Admin, logged in as the campaign manager, on a deal's page (desktop width). */
async function adminDealPage(browser: Browser, dealId: string): Promise<Page> {
  const admin = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage()
  await admin.goto(`${BACKEND_URL}/app/login`)
  await admin.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
  await admin.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
  await admin.locator("form button[type=submit]").click()
  await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })
  await admin.goto(`${BACKEND_URL}/app/group-buys/${dealId}`)
  return admin
}

async function shopper(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto("/akun/daftar")
  await field(page, "Nama depan").fill(name)
  await field(page, "Nama belakang").fill("Sleman")
  await field(page, "Email").fill(uniqueEmail(name.toLowerCase()))
  await page.getByLabel("Kata sandi").fill("rahasia-sleman-1")
  await page.getByRole("button", { name: "Daftar" }).click()
  await expect(page.getByRole("link", { name: "Akun Saya" }).first()).toBeVisible()
  return page
}

async function join(page: Page, dealId: string, quantity: number) {
  await page.goto(`/borong-bareng/${dealId}`)
  await page.getByLabel("Jumlah (unit)").fill(String(quantity))
  await page.getByRole("button", { name: "Ikut sekarang" }).click()
  await expect(page.getByText("Anda sudah ikut!")).toBeVisible()
}

test("two shoppers join, progress updates live, the manager closes it in Medusa Admin, both pay the lower price", async ({ browser }) => {
  test.setTimeout(240_000)
  const deal = await openDeal(`Borong Bareng Masker ${Date.now()}`, 3)
  const sri = await shopper(browser, "Sri")
  const budi = await shopper(browser, "Budi")

  // a guest is sent to log in and comes back to the deal
  const guest = await (await browser.newContext()).newPage()
  await guest.goto(`/borong-bareng/${deal.id}`)
  await guest.getByRole("link", { name: "Masuk untuk ikut" }).click()
  await expect(guest).toHaveURL(/\/akun\/masuk\?redirect=%2Fborong-bareng%2F/)

  await join(sri, deal.id, 1)
  await expect(sri.locator('[data-gb="total"]')).toHaveText("1")
  await expect(sri.locator('[data-gb="nudge"]')).toHaveText(`2 lagi untuk harga Rp ${(deal.price - 2000).toLocaleString("id-ID")}`)

  // Budi joins; Sri's page follows without a reload
  await join(budi, deal.id, 2)
  await expect(sri.locator('[data-gb="total"]')).toHaveText("3", { timeout: 20_000 })
  await expect(sri.locator('[data-gb="price"]')).toHaveText(`Rp ${(deal.price - 2000).toLocaleString("id-ID")}`)

  // the campaign manager closes it in Medusa Admin
  const admin = await adminDealPage(browser, deal.id)
  await admin.getByRole("button", { name: "Tutup sekarang" }).click()
  await admin.getByRole("button", { name: "Ya, lanjutkan" }).click()
  await expect(admin.getByTestId("deal-status")).toHaveText("Berhasil", { timeout: 60_000 })
  await expect(admin.getByTestId("deal-summary")).toContainText("Unit terjual: 3")

  const final = deal.price - 2000
  for (const [page, quantity] of [[sri, 1], [budi, 2]] as const) {
    await page.goto("/akun")
    const row = page.getByTestId("my-group-buys").locator("tbody tr").first()
    await expect(row).toContainText("Berhasil")
    expect(rupiah((await row.locator('[data-label="Harga akhir"]').textContent())!)).toBe(final)
    await expect(row).toContainText(`Rp ${(final * quantity).toLocaleString("id-ID")}`)
  }
})

test("a deal that misses its target cancels both orders", async ({ browser }) => {
  test.setTimeout(180_000)
  const deal = await openDeal(`Borong Bareng Masker gagal ${Date.now()}`, 30)
  const ayu = await shopper(browser, "Ayu")
  const joko = await shopper(browser, "Joko")
  await join(ayu, deal.id, 1)
  await join(joko, deal.id, 2)
  const closed = await deal.admin.post(`/admin/group-buys/${deal.id}/close`, {})
  expect(closed.group_buy.status).toBe("failed")
  for (const page of [ayu, joko]) {
    await page.goto("/akun")
    await expect(page.getByTestId("my-group-buys").locator("tbody tr").first()).toContainText("Tidak jadi — pesanan dibatalkan")
    await expect(page.locator(".order-table").last().locator("tbody tr").first()).toContainText("Dibatalkan")
  }
})

test("the manager edits a draft deal in Medusa Admin: problems show before saving, the fix is saved, then published for shoppers", async ({ browser }) => {
  test.setTimeout(240_000)
  const deal = await openDeal(`Borong Bareng Draf ${Date.now()}`, 5, { publish: false })
  const admin = await adminDealPage(browser, deal.id)
  await expect(admin.getByTestId("deal-status")).toHaveText("Draf", { timeout: 60_000 })
  await admin.getByRole("button", { name: "Ubah" }).click()

  // A second tier dearer than the first: said before saving, and saving is not possible.
  await admin.getByLabel("Harga tingkat 2").fill(String(deal.price + 1000))
  await expect(admin.getByTestId("deal-problems")).toContainText("Tingkat 2: harga harus lebih murah dari tingkat sebelumnya")
  await expect(admin.getByRole("button", { name: "Simpan perubahan" })).toBeDisabled()

  const title = `Borong Bareng Masker Diubah ${Date.now()}`
  await admin.getByLabel("Judul").fill(title)
  await admin.getByLabel("Harga tingkat 2").fill(String(deal.price - 3000))
  await expect(admin.getByTestId("deal-problems")).toHaveCount(0)
  await admin.getByRole("button", { name: "Simpan perubahan" }).click()
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible()

  const { group_buy } = await deal.admin.get(`/admin/group-buys/${deal.id}`)
  expect(group_buy.title).toBe(title)
  expect(group_buy.status).toBe("draft")
  expect(group_buy.tiers.map((t: any) => Number(t.unit_price))).toEqual([deal.price, deal.price - 3000])

  await admin.getByRole("button", { name: "Terbitkan" }).click()
  await expect(admin.getByTestId("deal-status")).toHaveText("Dibuka", { timeout: 30_000 })
  const shopperPage = await (await browser.newContext()).newPage()
  await shopperPage.goto("/borong-bareng")
  await expect(shopperPage.getByText(title).first()).toBeVisible()
})
