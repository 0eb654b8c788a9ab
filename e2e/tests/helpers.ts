import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { expect, type Page } from "@playwright/test"
import { adminLogin, bearer, mustRequest, waitUntil } from "@pasar-sleman/test-support"

export const BACKEND_URL = process.env.BACKEND_URL || "http://localhost:9000"
/** The development admin (a campaign manager): npm test passes its login. */
export const ADMIN = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! }

/** A text field by its visible label (sections are labelled too, so match the textbox role). */
export function field(page: Page, label: string) {
  return page.getByRole("textbox", { name: label, exact: true })
}

/** "Rp 285.000" → 285000 (the storefront's money format). */
export function rupiah(text: string): number {
  const match = text.match(/Rp\s?([\d.]+)/)
  if (!match) throw new Error(`no rupiah amount in "${text}"`)
  return Number(match[1].replace(/\./g, ""))
}

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`
}

/** Fills and submits every checkout step and returns the order number shown to the shopper. */
export async function checkout(
  page: Page,
  opts: { email?: string; shipping: RegExp; firstName: string }
): Promise<number> {
  await page.getByRole("link", { name: /Keranjang/ }).first().click()
  await page.getByRole("button", { name: "Lanjut ke Pembayaran" }).click()
  await expect(page).toHaveURL(/\/checkout/)

  if (opts.email) await field(page, "Email").fill(opts.email)
  await field(page, "Nama depan").fill(opts.firstName)
  await field(page, "Nama belakang").fill("Rahayu")
  await field(page, "Alamat").fill("Jl. Kaliurang Km 10, Sardonoharjo, Ngaglik")
  await field(page, "Kota").fill("Sleman")
  await field(page, "Provinsi").fill("DI Yogyakarta")
  await field(page, "Kode pos").fill("55581")
  await field(page, "Telepon").fill("081234567890")
  await page.getByRole("button", { name: "Simpan Alamat" }).click()

  await page.getByLabel(opts.shipping).check()
  await page.getByRole("button", { name: "Pilih Pengiriman" }).click()

  await page.getByLabel(/Transfer bank manual/).check()
  await page.getByRole("button", { name: "Pilih Pembayaran" }).click()

  await page.getByRole("button", { name: "Buat Pesanan" }).click()
  await expect(page.getByRole("heading", { name: /Terima kasih! Pesanan Anda telah kami terima/ })).toBeVisible()
  const number = await page.getByText(/Nomor pesanan #\d+/).textContent()
  return Number(number!.match(/#(\d+)/)![1])
}

/** Looks an order up through Medusa's admin API, as a campaign manager would see it. */
export async function adminOrder(displayId: number) {
  const { orders } = await mustRequest(
    BACKEND_URL,
    "GET",
    `/admin/orders?fields=id,display_id,email,total,item_total,shipping_total,*items&limit=50&order=-created_at`,
    { headers: bearer(await adminToken()) }
  )
  return orders.find((o: any) => o.display_id === displayId)
}

/** The storefront's publishable key (not the one Medusa creates at boot), read through the admin API. */
export async function storefrontPublishableKey(): Promise<string> {
  const keys = await mustRequest(BACKEND_URL, "GET", `/admin/api-keys?type=publishable&limit=50`, { headers: bearer(await adminToken()) })
  const key = keys.api_keys.find((k: any) => k.title !== "Default Publishable API Key" && !k.revoked_at) ?? keys.api_keys[0]
  return key.token
}

/** A variant's price as the store API calculates it now (sale or not), via the storefront's publishable key. */
export async function storeVariantPrice(handle: string, variantTitle: string): Promise<number> {
  const headers = { "x-publishable-api-key": await storefrontPublishableKey() }
  const { regions } = await mustRequest(BACKEND_URL, "GET", `/store/regions`, { headers })
  const { products } = await mustRequest(BACKEND_URL, "GET", `/store/products?handle=${handle}&region_id=${regions[0].id}&fields=*variants.calculated_price`, { headers })
  return products[0].variants.find((v: any) => v.title === variantTitle).calculated_price.calculated_amount
}

/** Bearer token of the development admin (a campaign manager). */
export function adminToken(): Promise<string> {
  return adminLogin(BACKEND_URL, ADMIN)
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

/**
 * A storefront of its own (the production server `npm start` runs, or `server`) on a free
 * port, with `env` on top of this process's (MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, …).
 * Resolves once it accepts connections.
 */
export async function startOwnStorefront(
  env: Record<string, string>,
  server = path.resolve(__dirname, "../../storefront/server.mjs")
): Promise<{ base: string; process: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout!.resume()
  child.stderr!.resume()
  const accepts = () =>
    new Promise<boolean>((r) =>
      net.connect(port, "127.0.0.1").on("connect", function (this: net.Socket) { this.destroy(); r(true) }).on("error", () => r(false))
    )
  // 30 s, not 10: a cold Node start of the server on a loaded 2-core CI machine can take longer.
  await waitUntil(async () => child.exitCode !== null || (await accepts()), { timeoutMs: 30_000, what: "the storefront accepting connections" }).catch(
    (err) => {
      child.kill()
      throw err
    }
  )
  if (child.exitCode !== null) throw new Error(`the storefront exited with code ${child.exitCode} before accepting connections`)
  return { base: `http://127.0.0.1:${port}`, process: child }
}
