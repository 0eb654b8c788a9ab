import { expect, test } from "@playwright/test"
import { BACKEND_URL, rupiah } from "./helpers"

test.describe("pencarian produk", () => {
  test('"batk tulis" in the header: pick a suggestion with the keyboard and land on the product', async ({ page }) => {
    await page.goto("/")
    const box = page.getByRole("combobox", { name: "Cari produk" })
    await box.click()
    await box.pressSequentially("batk tulis", { delay: 40 })
    const options = page.getByRole("option")
    await expect(options.first()).toBeVisible()
    expect(await options.count()).toBeLessThanOrEqual(8)
    // the typo is corrected: every suggestion is a batik tulis, its words highlighted, with a price
    await expect(options.first()).toContainText(/Batik Tulis/)
    await expect(options.first().locator("mark").first()).toBeVisible()
    await expect(options.first()).toContainText(/Rp\s?\d/)
    const second = (await options.nth(1).textContent())!
    await box.press("ArrowDown")
    await box.press("ArrowDown")
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/produk\/batik-tulis-/)
    const title = second.replace(/Rp.*$/, "").trim()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  })

  test("filter the results by category and price, go back, and the filters are restored", async ({ page }) => {
    await page.goto("/")
    const box = page.getByRole("combobox", { name: "Cari produk" })
    await box.fill("salak")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/cari\?q=salak/)
    await expect(page.locator("#jumlah-hasil")).toContainText("salak")
    const all = await page.locator("#hasil-pencarian > li").count()
    expect(all).toBeGreaterThan(1)

    await page.getByRole("checkbox", { name: /Kuliner/ }).check()
    await expect(page).toHaveURL(/kategori=Kuliner/)
    await expect(page.getByRole("checkbox", { name: /Kuliner/ })).toBeChecked()

    await page.getByLabel("Harga maksimum").fill("50000")
    await page.getByRole("button", { name: "Terapkan" }).click()
    await expect(page).toHaveURL(/harga_maks=50000/)
    const prices = await page.locator("#hasil-pencarian .price-current").allTextContents()
    expect(prices.length).toBeGreaterThan(0)
    for (const p of prices) expect(rupiah(p)).toBeLessThanOrEqual(50000)
    const filteredUrl = page.url()

    await page.locator("#hasil-pencarian a").first().click()
    await expect(page).toHaveURL(/\/produk\//)
    await page.goBack()
    await expect(page).toHaveURL(filteredUrl)
    await expect(page.getByRole("checkbox", { name: /Kuliner/ })).toBeChecked()
    await expect(page.getByLabel("Harga maksimum")).toHaveValue("50000")

    await page.goBack()
    await page.goBack()
    await expect(page).toHaveURL(/\/cari\?q=salak$/)
    await expect(page.getByRole("checkbox", { name: /Kuliner/ })).not.toBeChecked()
  })

  test("no results: a helpful Indonesian message with suggestions", async ({ page }) => {
    await page.goto("/cari?q=zzzqqq")
    await expect(page.locator("#tanpa-hasil")).toContainText("Tidak ada produk yang cocok dengan “zzzqqq”")
    await expect(page.locator("#tanpa-hasil").getByRole("link").first()).toBeVisible()
  })

  test("a campaign manager rebuilds the search index with the button in Medusa Admin; search keeps working", async ({ page }) => {
    test.setTimeout(240_000)
    await page.goto(`${BACKEND_URL}/app/login`, { timeout: 180_000 })
    await page.getByPlaceholder("Email").fill(process.env.ADMIN_EMAIL!)
    await page.getByPlaceholder("Password").fill(process.env.ADMIN_PASSWORD!)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    // The widget sits above the product list (navigate once the login has landed on Orders).
    await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible({ timeout: 60_000 })
    await page.goto(`${BACKEND_URL}/app/products`)
    await expect(page.getByRole("heading", { name: "Indeks pencarian produk" })).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText(/Mesin: search-postgres-fast/)).toBeVisible()
    await page.getByRole("button", { name: "Bangun ulang indeks" }).click()
    await expect(page.getByText("Indeks pencarian sedang dibangun ulang")).toBeVisible()

    // The rebuilt index still finds the catalogue, typos included.
    await expect(async () => {
      await page.goto("/cari?q=salak+pondo")
      await expect(page.locator("#hasil-pencarian a").first()).toContainText(/Salak Pondoh/, { timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
  })
})
