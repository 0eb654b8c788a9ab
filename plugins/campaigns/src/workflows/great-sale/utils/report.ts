import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import type { GreatSaleRecord } from "../../../modules/great-sale"
import { scopeProductIds } from "./scope"

// order amounts come back as BigNumber objects
const num = (v: unknown) => (v == null ? 0 : MathBN.convert(v as any).toNumber())

/**
 * Cross-module read for the sale's report: orders placed in the sale's window with
 * lines of its products charged below their normal price (compare_at_unit_price):
 * orders, units sold, revenue of those lines, total discount given.
 */
export async function saleOrderFigures(container: MedusaContainer, sale: GreatSaleRecord) {
  const inScope = new Set(await scopeProductIds(container, sale))
  const end = sale.cancelled_at && sale.cancelled_at < sale.ends_at ? sale.cancelled_at : sale.ends_at
  // the order module's own read fills each line's quantity from its detail row
  const orders = await container.resolve(Modules.ORDER).listOrders(
    { created_at: { $gte: new Date(sale.starts_at).toISOString(), $lt: new Date(end).toISOString() } },
    { relations: ["items"], take: null }
  )
  let orderCount = 0
  let units = 0
  let revenue = 0
  let discount = 0
  for (const order of orders as any[]) {
    if (order.status === "canceled") continue
    const lines = (order.items ?? []).filter(
      (i: any) => inScope.has(i.product_id) && i.compare_at_unit_price != null && num(i.compare_at_unit_price) > num(i.unit_price)
    )
    if (!lines.length) continue
    orderCount++
    for (const l of lines) {
      const q = num(l.quantity)
      units += q
      revenue += num(l.unit_price) * q
      discount += (num(l.compare_at_unit_price) - num(l.unit_price)) * q
    }
  }
  return { orders: orderCount, units_sold: units, revenue, total_discount: discount }
}
