import { expect, test } from "@playwright/test"
import { adminOrder, checkout, field, rupiah, storeVariantPrice, uniqueEmail } from "./helpers"

const KURIR_LOKAL = 10000

test("a guest browses Batik, picks a shirt size and checks out with manual payment", async ({ page }) => {
  const email = uniqueEmail("tamu")
  await page.goto("/")
  await page.getByRole("link", { name: "Batik", exact: true }).first().click()
  await expect(page).toHaveURL(/\/kategori\/batik/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Batik")

  await page.getByRole("link", { name: /Kemeja Batik Semarak Salak Pria/ }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kemeja Batik Semarak Salak Pria")
  await expect(page.getByText("Batik Semarak Salak").first()).toBeVisible()

  // Picking a size reloads the page for that variant (price, stock); no extra button with JS.
  await expect(page.getByRole("button", { name: "Pilih Varian" })).toBeHidden()
  await page.getByLabel("L", { exact: true }).click()
  await expect(page).toHaveURL(/varian=/)
  await expect(page.getByLabel("L", { exact: true })).toBeChecked()
  const unitPrice = rupiah((await page.locator(".buy-form").locator("..").getByText(/Rp\s?[\d.]+/).first().textContent())!)
  // 285.000, or its Great Sale price while a sale runs: whatever the store API says now
  expect(unitPrice).toBe(await storeVariantPrice("kemeja-batik-semarak-salak", "L"))

  await page.getByLabel("Jumlah").fill("2")
  await page.getByRole("button", { name: "Tambah ke Keranjang" }).click()
  await expect(page.getByRole("link", { name: /Keranjang \(2\)/ })).toBeVisible()

  const orderNumber = await checkout(page, { email, firstName: "Sri", shipping: /Kurir lokal Sleman/ })
  await expect(page.getByText(`Rp ${(2 * unitPrice + KURIR_LOKAL).toLocaleString("id-ID")}`).first()).toBeVisible()

  const order = await adminOrder(orderNumber)
  expect(order, `order #${orderNumber} in the admin API`).toBeTruthy()
  expect(order.email).toBe(email)
  expect(order.total).toBe(2 * unitPrice + KURIR_LOKAL)
  expect(order.items[0].variant_title ?? order.items[0].title).toContain("L")
})

test("a shopper registers, orders, and finds the order in the account history", async ({ page }) => {
  const email = uniqueEmail("warga")
  await page.goto("/akun/daftar")
  await field(page, "Nama depan").fill("Budi")
  await field(page, "Nama belakang").fill("Santoso")
  await field(page, "Email").fill(email)
  await page.getByLabel("Kata sandi").fill("rahasia-sleman-1")
  await page.getByRole("button", { name: "Daftar" }).click()
  await expect(page.getByRole("link", { name: "Akun Saya" }).first()).toBeVisible()

  await page.goto("/produk/salak-pondoh-super")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Salak Pondoh Super")
  await page.getByRole("button", { name: "Tambah ke Keranjang" }).click()
  await expect(page.getByRole("link", { name: /Keranjang \(1\)/ })).toBeVisible()

  const orderNumber = await checkout(page, { firstName: "Budi", shipping: /Ambil di Rumah Kreatif Sleman/ })

  await page.goto("/akun")
  const row = page.getByRole("row", { name: new RegExp(`#${orderNumber}\\b`) })
  await expect(row).toBeVisible()
  await row.getByRole("link").first().click()
  await expect(page.getByText(`#${orderNumber}`).first()).toBeVisible()
  await expect(page.getByText("Salak Pondoh Super").first()).toBeVisible()

  const order = await adminOrder(orderNumber)
  expect(order.email).toBe(email)
  expect(order.shipping_total).toBe(0)

  await page.goto("/akun")
  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible()
})

test("a sold-out size says so and cannot be added to the cart", async ({ page }) => {
  await page.goto("/produk/kemeja-batik-parang-lengan-panjang")
  await page.getByLabel("XL", { exact: true }).click()
  await expect(page.getByText("Stok habis")).toBeVisible()
  await expect(page.getByRole("button", { name: "Tambah ke Keranjang" })).toBeDisabled()

  await page.getByLabel("M", { exact: true }).click()
  await expect(page.getByText("Stok habis")).toBeHidden()
  await expect(page.getByRole("button", { name: "Tambah ke Keranjang" })).toBeEnabled()
})
