/** Pure order helpers (no I/O). */

/**
 * May this visitor see the order's personal details (name, address, phone,
 * email)? Only the browser that placed it (its ps_pesanan cookie names the
 * order) or the signed-in customer it belongs to.
 */
export function canSeeOrderDetails(
  order: { id: string; customer_id?: string | null },
  visitor: { placedOrderId?: string; customerId?: string | null },
): boolean {
  if (visitor.placedOrderId && visitor.placedOrderId === order.id) return true
  return Boolean(visitor.customerId && order.customer_id && visitor.customerId === order.customer_id)
}
