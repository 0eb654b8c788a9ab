/**
 * Orders: the account's history and single orders. Server only.
 */
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getSdk } from "~/lib/medusa.server"
import { statusOf } from "~/lib/errors"

export async function listCustomerOrders(token: string | undefined): Promise<HttpTypes.StoreOrder[]> {
  const { orders } = await getSdk().store.order.list(
    { limit: 50, order: "-created_at", fields: "id,display_id,status,total,currency_code,created_at,+payment_status" },
    authHeaders(token),
  )
  return orders
}

/**
 * An order by id, or null when it does not exist (404/400). Other failures
 * (backend down) are thrown. GET /store/orders/:id is not scoped to a
 * customer: callers decide what of it to show (see orderAccess in order.ts).
 */
export async function retrieveOrder(id: string, token?: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(id, { fields: "+customer_id,+payment_status" }, authHeaders(token))
    return order
  } catch (err) {
    const status = statusOf(err)
    if (status === 404 || status === 400) return null
    throw err
  }
}
