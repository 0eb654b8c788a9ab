import { expect, request, test, type APIRequestContext } from "@playwright/test"
import { BACKEND_URL, checkout, field, storefrontPublishableKey, uniqueEmail } from "./helpers"

// Issue 6: the storefront as an attacker tries it, against the running stack.

/** A product page's first in-stock variant id (from the add-to-cart form). */
async function variantOf(api: APIRequestContext, handle: string): Promise<string> {
  const html = await (await api.get(`/produk/${handle}`)).text()
  const id = html.match(/name="variant_id" value="([^"]+)"/)?.[1]
  expect(id, `variant on /produk/${handle}`).toBeTruthy()
  return id!
}

test.describe("open redirect", () => {
  const attempts = ["/.//evil.example", "/%2F%2Fevil.example", "/\\evil.example", "/%5Cevil.example", "//evil.example", "https://evil.example", "javascript:alert(1)", "/\\/evil.example"]

  async function expectOwnOrigin(baseURL: string, send: (api: APIRequestContext, redirect: string) => Promise<string>) {
    const api = await request.newContext({ baseURL, maxRedirects: 0 })
    const own = new URL(baseURL).origin
    for (const redirect of attempts) {
      const location = await send(api, redirect)
      expect(location.startsWith("//") || location.startsWith("/\\"), `${redirect} → ${location}`).toBe(false)
      expect(new URL(location, baseURL).origin, `${redirect} → ${location}`).toBe(own)
    }
    await api.dispose()
  }

  test("adding to the cart only ever redirects to the storefront itself", async ({ baseURL }) => {
    // No variant: the answer is "back to `redirect`" with an error.
    await expectOwnOrigin(baseURL!, async (api, redirect) => {
      const res = await api.post("/api/keranjang/tambah", { form: { redirect } })
      expect(res.status(), redirect).toBe(303)
      return res.headers()["location"]
    })
  })

  test("a successful login only ever redirects to the storefront itself", async ({ baseURL }) => {
    const email = uniqueEmail("alih")
    const password = "rahasia-sleman-3"
    const signup = await request.newContext({ baseURL, maxRedirects: 0 })
    const reg = await signup.post("/api/akun/daftar", { form: { first_name: "Alih", email, password } })
    expect(reg.headers()["location"]).toBe("/akun?info=terdaftar")
    await signup.dispose()
    await expectOwnOrigin(baseURL!, async (api, redirect) => {
      const res = await api.post("/api/akun/masuk", { form: { email, password, redirect } })
      expect(res.status(), redirect).toBe(303)
      const location = res.headers()["location"]
      expect(location, redirect).toContain("info=masuk")
      return location
    })
  })
})

test("quantities must be plain whole numbers; anything else is refused in Indonesian and nothing is added", async ({ baseURL }) => {
  const api = await request.newContext({ baseURL, maxRedirects: 0 })
  const variant = await variantOf(api, "salak-pondoh-super")
  for (const quantity of ["0x10", "1e1", "1.5", "0.4", "-1", "0"]) {
    const res = await api.post("/api/keranjang/tambah", { form: { variant_id: variant, quantity, redirect: "/keranjang" } })
    expect(res.headers()["location"], quantity).toBe("/keranjang?error=jumlah_tidak_valid")
  }
  const page = await (await api.get("/keranjang?error=jumlah_tidak_valid")).text()
  expect(page).toContain("Jumlah harus berupa bilangan bulat")
  expect(page).toContain("Keranjang (0)")
  expect(page).toContain("Keranjang Anda masih kosong")

  // A whole number still works.
  const ok = await api.post("/api/keranjang/tambah", { form: { variant_id: variant, quantity: "3", redirect: "/keranjang" } })
  expect(ok.headers()["location"]).toBe("/keranjang?info=ditambahkan")
  expect(await (await api.get("/keranjang")).text()).toContain("Keranjang (3)")

  // The cart's own quantity field: "1e1" is not 10.
  const cart = await (await api.get("/keranjang")).text()
  const lineId = cart.match(/name="line_id" value="([^"]+)"/)![1]
  const upd = await api.post("/api/keranjang/ubah", { form: { line_id: lineId, quantity: "1e1" } })
  expect(upd.headers()["location"]).toBe("/keranjang?error=jumlah_tidak_valid")
  expect(await (await api.get("/keranjang")).text()).toContain("Keranjang (3)")
  await api.dispose()
})

test("every page carries security headers; the CSP allows no inline script and the page's own script still runs", async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL })
  for (const path of ["/", "/kategori/batik", "/produk/kemeja-batik-semarak-salak-pria", "/keranjang", "/akun/masuk"]) {
    const res = await api.get(path)
    const h = res.headers()
    const csp = h["content-security-policy"] ?? ""
    expect(csp, path).toContain("script-src 'self'")
    expect(csp, path).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|\*)/)
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(h["x-frame-options"], path).toBe("DENY")
    expect(h["x-content-type-options"], path).toBe("nosniff")
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin")
    // Served over plain HTTP here: no HSTS (it only means something over HTTPS)…
    expect(h["strict-transport-security"], path).toBeUndefined()
    // …and no inline <script> body anywhere in the HTML.
    expect(await res.text(), path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  }
  // Behind a TLS proxy, HSTS is sent.
  const https = await api.get("/", { headers: { "x-forwarded-proto": "https" } })
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/)
  await api.dispose()

  const violations: string[] = []
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  await page.goto("/produk/batik-tulis-parang-rusak")
  const main = page.locator("#gambar-utama")
  const before = await main.getAttribute("src")
  await page.getByRole("link", { name: "Lihat foto 2" }).click()
  // The enhancement script ran: the photo changed in place, no navigation.
  await expect(main).not.toHaveAttribute("src", before!)
  await expect(page).not.toHaveURL(/gambar=2/)
  expect(violations).toEqual([])
})

test("logging out ends the session at the backend: the old cookie no longer answers /store/customers/me", async ({ page, context }) => {
  const email = uniqueEmail("keluar")
  await page.goto("/akun/daftar")
  await field(page, "Nama depan").fill("Wulan")
  await field(page, "Email").fill(email)
  await page.getByLabel("Kata sandi").fill("rahasia-sleman-2")
  await page.getByRole("button", { name: "Daftar" }).click()
  await expect(page.getByRole("link", { name: "Akun Saya" }).first()).toBeVisible()

  // Whatever credential the storefront keeps in the browser, try it every way the backend accepts one.
  const key = await storefrontPublishableKey()
  const backend = await request.newContext({ baseURL: BACKEND_URL })
  const creds = (await context.cookies()).map((c) => decodeURIComponent(c.value))
  async function anyAnswers(): Promise<boolean> {
    for (const v of creds) {
      for (const headers of [{ authorization: `Bearer ${v}` }, { cookie: v }] as Record<string, string>[]) {
        const res = await backend.get("/store/customers/me", { headers: { ...headers, "x-publishable-api-key": key } })
        if (res.status() === 200 && (await res.json()).customer?.email === email) return true
      }
    }
    return false
  }
  expect(await anyAnswers(), "the stored credential works while signed in").toBe(true)

  await page.goto("/akun")
  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible()
  expect(await anyAnswers(), "the same credential after logout").toBe(false)
  await backend.dispose()
})

test("the confirmation page shows personal data only to the browser that ordered", async ({ page, browser }) => {
  await page.goto("/produk/salak-pondoh-super")
  await page.getByRole("button", { name: "Tambah ke Keranjang" }).click()
  await expect(page.getByRole("link", { name: /Keranjang \(1\)/ })).toBeVisible()
  const email = uniqueEmail("privasi")
  const orderNumber = await checkout(page, { email, firstName: "Ratna", shipping: /Ambil di Rumah Kreatif Sleman/ })
  const url = page.url()
  expect(url).toMatch(/\/pesanan\/[^/]+\/selesai$/)
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText(/Kaliurang/)).toBeVisible()

  const stranger = await browser.newContext()
  const other = await stranger.newPage()
  await other.goto(url)
  await expect(other.getByText(`Nomor pesanan #${orderNumber}`)).toBeVisible()
  await expect(other.getByText(/Status:/)).toBeVisible()
  const html = await other.content()
  for (const secret of [email, "Ratna", "Rahayu", "Kaliurang", "081234567890", "55581"]) expect(html, secret).not.toContain(secret)
  await stranger.close()
})

