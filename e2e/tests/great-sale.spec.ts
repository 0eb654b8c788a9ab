import { expect, request, test } from "@playwright/test"
import { BACKEND_URL, adminOrder, adminToken, checkout, rupiah, uniqueEmail } from "./helpers"

// A campaign manager runs a 25% Great Sale on one batik product through Medusa Admin;
// a shopper then sees and pays the sale price. The seeded demo sale covers all batik
// (a second sale on the same product would overlap), so it is cancelled first.
const PRODUCT = { handle: "batik-cap-ceplok-salak", title: "Batik Cap Ceplok Salak", normal: 225000, sale: 168700 } // 225.000 × 0,75 = 168.750 → 168.700

// Medusa Admin is a desktop screen: its sidebar is collapsed at phone widths.
test.use({ viewport: { width: 1280, height: 900 } })

test.beforeAll(async () => {
  const api = await request.newContext({ baseURL: BACKEND_URL })
  const headers = { authorization: `Bearer ${await adminToken()}` }
  const { great_sales } = await (await api.get(`/admin/great-sales`, { headers })).json()
  for (const sale of great_sales.filter((s: any) => ["scheduled", "active"].includes(s.status))) {
    expect((await api.post(`/admin/great-sales/${sale.id}/cancel`, { headers, data: {} })).ok()).toBeTruthy()
  }
  await api.dispose()
})

test("a campaign manager runs a 25% sale in Medusa Admin; a shopper sees it and pays the sale price", async ({ page }) => {
  test.setTimeout(240_000)
  const name = `Great Sale Uji ${Date.now()}`

  // Campaign manager, in Medusa Admin
  await page.goto(`${BACKEND_URL}/app/login`, { timeout: 180_000 })
  await page.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
  await page.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.getByRole("link", { name: "Great Sale" }).first().click({ timeout: 60_000 })
  await expect(page.getByRole("heading", { name: "Great Sale Batik Sleman" })).toBeVisible()

  await page.getByRole("button", { name: "Buat Great Sale" }).click()
  await page.getByLabel("Nama").fill(name)
  await page.getByLabel("Diskon (%)").fill("35")
  await expect(page.getByText("Diskon harus bilangan bulat 10–30")).toBeVisible()
  await expect(page.getByRole("button", { name: "Simpan draf" })).toBeDisabled()
  await page.getByLabel("Diskon (%)").fill("25")
  await expect(page.getByText("Diskon harus bilangan bulat 10–30")).toBeHidden()
  await expect(page.getByText(/Kuliner \(bukan batik/)).toBeVisible()
  await page.getByLabel("Cari produk batik").fill("Ceplok Salak")
  await page.getByLabel(PRODUCT.title, { exact: true }).check()
  await page.getByRole("button", { name: "Simpan draf" }).click()

  // preview, then activate (with confirmation)
  await expect(page.getByRole("heading", { name })).toBeVisible()
  await expect(page.getByText("Draf", { exact: true })).toBeVisible()
  const row = page.getByRole("row", { name: new RegExp(PRODUCT.title) })
  await expect(row).toContainText("Rp 225.000")
  await expect(row).toContainText("Rp 168.700")
  await expect(row).toContainText("-25%")
  await page.getByRole("button", { name: "Aktifkan" }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Aktifkan" }).click()
  await expect(page.getByText("Aktif", { exact: true })).toBeVisible()

  // Shopper, on the storefront: the /great-sale page, the card, the product page
  await expect(async () => {
    await page.goto("/great-sale")
    await expect(page.getByRole("heading", { level: 1, name: "Great Sale Batik Sleman" })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await expect(page.getByText(/Berakhir .* WIB/)).toBeVisible()
  const card = page.locator(".product-card", { hasText: PRODUCT.title })
  await expect(card.locator(".badge-sale")).toHaveText("-25%")
  await expect(card.locator("del")).toContainText("Rp 225.000")
  await expect(card.locator(".price-current")).toHaveText("Rp 168.700")

  await page.goto(`/produk/${PRODUCT.handle}`)
  const info = page.locator(".product-info")
  await expect(info.locator(".badge-sale")).toHaveText("-25%")
  await expect(info.locator("del")).toContainText("Rp 225.000")
  expect(rupiah((await info.locator(".price-current").textContent())!)).toBe(PRODUCT.sale)

  await page.getByRole("button", { name: "Tambah ke Keranjang" }).click()
  await page.goto("/keranjang")
  const line = page.locator(".line-price").first()
  await expect(line.locator(".badge-sale")).toHaveText("-25%")
  await expect(line.locator("del")).toContainText("Rp 225.000")
  await expect(line.locator(".price")).toHaveText("Rp 168.700")

  const orderNumber = await checkout(page, { email: uniqueEmail("sale"), firstName: "Sri", shipping: /Ambil di Rumah Kreatif Sleman/ })
  const order = await adminOrder(orderNumber)
  expect(order.item_total).toBe(PRODUCT.sale)
  expect(order.total).toBe(PRODUCT.sale)
})
