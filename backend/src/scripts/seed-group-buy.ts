import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import {
  createGroupBuyWorkflow,
  joinGroupBuyWorkflow,
  publishGroupBuyWorkflow,
} from "@pasar-sleman/campaigns/workflows"
import { catalog } from "@pasar-sleman/catalog"
import { STORE_SETUP } from "./store-setup"

const DAY = 24 * 60 * 60 * 1000

/** Demo shoppers (development only; listed in the README). */
export const DEMO_CUSTOMERS = [
  { email: "sri@warga-sleman.id", first_name: "Sri", last_name: "Wahyuni" },
  { email: "bambang@warga-sleman.id", first_name: "Bambang", last_name: "Sutrisno" },
  { email: "ayu@warga-sleman.id", first_name: "Ayu", last_name: "Lestari" },
  { email: "joko@warga-sleman.id", first_name: "Joko", last_name: "Purnomo" },
]
export const DEMO_CUSTOMER_PASSWORD = "warga-sleman-2026"

const round100 = (n: number) => Math.floor(n / 100) * 100

/** Two demo deals, open 7 days: one a few units short of its next tier, one unlikely to reach its target. */
const DEMO_DEALS = [
  {
    sku: "KUL-KRP-SLK-100G",
    title: "Borong Bareng Keripik Salak Turi",
    description: "Keripik salak pondoh dari Turi. Makin banyak warga ikut, makin murah untuk semua.",
    tiers: (p: number) => [
      { min_quantity: 1, unit_price: p },
      { min_quantity: 10, unit_price: round100(p * 0.9) },
      { min_quantity: 25, unit_price: round100(p * 0.8) },
    ],
    target_quantity: 10,
    max_per_customer: 10,
    max_total: 100,
    joins: [3, 3, 2], // 8: two short of the next tier
  },
  {
    sku: "KSH-SNT-SRH-100ML",
    title: "Borong Bareng Hand Sanitizer Sereh Wangi",
    description: "Hand sanitizer sereh wangi 100 ml dari IKM Berbah, untuk stok sekolah dan kantor se-kapanewon.",
    tiers: (p: number) => [
      { min_quantity: 1, unit_price: p },
      { min_quantity: 50, unit_price: round100(p * 0.85) },
      { min_quantity: 100, unit_price: round100(p * 0.75) },
    ],
    target_quantity: 120,
    max_per_customer: 20,
    max_total: 180,
    joins: [2, 1], // far from the target
  },
]

/**
 * Borong Bareng demo data for development: demo customers and two open deals with
 * participants (real orders with authorised payments). Idempotent (looked up by
 * email / title). Skipped under tests (NODE_ENV=test) and with SEED_GROUP_BUYS=false.
 */
export async function seedGroupBuys(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (process.env.NODE_ENV === "test" || process.env.SEED_GROUP_BUYS === "false") return
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const productModule = container.resolve(Modules.PRODUCT)
  const groupBuys = container.resolve("groupBuy") as any

  const customers: { id: string; email: string }[] = []
  for (const c of DEMO_CUSTOMERS) {
    let [customer] = await customerModule.listCustomers({ email: c.email, has_account: true })
    if (!customer) {
      const { authIdentity, error } = await authModule.register("emailpass", {
        body: { email: c.email, password: DEMO_CUSTOMER_PASSWORD },
      })
      if (error || !authIdentity) throw new Error(`Could not create the demo login ${c.email}: ${error}`)
      const { result } = await createCustomerAccountWorkflow(container).run({
        input: { authIdentityId: authIdentity.id, customerData: c },
      })
      customer = result
    }
    customers.push({ id: customer.id, email: customer.email })
  }

  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: STORE_SETUP.salesChannel })
  for (const demo of DEMO_DEALS) {
    if ((await groupBuys.listGroupBuys({ title: demo.title })).length) continue
    const item = catalog.flatMap((p) => p.variants).find((v) => v.sku === demo.sku)
    const [variant] = await productModule.listProductVariants({ sku: demo.sku })
    if (!item || !variant) continue
    const now = Date.now()
    const { result: deal } = await createGroupBuyWorkflow(container).run({
      input: {
        variant_id: variant.id,
        title: demo.title,
        description: demo.description,
        tiers: demo.tiers(item.price),
        starts_at: new Date(now - 60_000).toISOString(),
        ends_at: new Date(now + 7 * DAY).toISOString(),
        target_quantity: demo.target_quantity,
        max_per_customer: demo.max_per_customer,
        max_total: demo.max_total,
      },
    })
    await publishGroupBuyWorkflow(container).run({ input: { id: deal.id } })
    for (const [i, quantity] of demo.joins.entries()) {
      const customer = customers[i % customers.length]
      await joinGroupBuyWorkflow(container).run({
        input: { group_buy_id: deal.id, customer_id: customer.id, email: customer.email, quantity, sales_channel_id: salesChannel?.id },
      })
    }
    logger.info(`[seed] Borong Bareng "${demo.title}" open for 7 days with ${demo.joins.length} participants`)
  }
}
