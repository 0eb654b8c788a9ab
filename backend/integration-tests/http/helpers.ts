import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminLogin, bearer } from "@pasar-sleman/test-support"
import seedPasarSleman from "../../src/scripts/seed"
import { STORE_SETUP } from "../../src/scripts/store-setup"
import devAdmin from "../../src/scripts/dev-admin.json"

/** Runs the real store seed and returns what the store API needs. */
export async function seedStore(container: MedusaContainer) {
  await seedPasarSleman({ container, args: [] } as any)
  // Medusa also creates a "Default Publishable API Key" at boot: take the storefront's.
  const [key] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ type: "publishable", title: STORE_SETUP.publishableKeyTitle })
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: STORE_SETUP.region })
  return { publishableKey: key.token, regionId: region.id, storeHeaders: { headers: { "x-publishable-api-key": key.token } } }
}

/** Logs in as the development admin the seed creates (tests never run in production). */
export async function adminHeaders(api: any) {
  return { headers: bearer(await adminLogin(backendUrl(api), devAdmin)) }
}

/** The test app's base URL (the runner's axios client knows it), for @pasar-sleman/test-support. */
export function backendUrl(api: any): string {
  return api.defaults.baseURL
}

/** The axios client throws on 4xx; tests want the response. */
export async function expectError(promise: Promise<unknown>) {
  try {
    await promise
  } catch (e: any) {
    if (e.response) return e.response as { status: number; data: { message: string; type?: string } }
    throw e
  }
  throw new Error("expected the request to fail, but it succeeded")
}

/** A Sleman shipping address for checkouts. */
export const address = {
  first_name: "Sri",
  last_name: "Wahyuni",
  address_1: "Jl. Kaliurang Km 10",
  city: "Sleman",
  province: "DI Yogyakarta",
  postal_code: "55581",
  country_code: "id",
  phone: "081234567890",
}
