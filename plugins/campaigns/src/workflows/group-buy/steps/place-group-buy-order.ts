import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { markOrder } from "../utils/mark-order"
import { PICKUP, SYSTEM_PAYMENT_PROVIDER } from "../../../domain/group-buy/pickup"
import { GROUP_BUY_ERRORS } from "../../../contract/errors"

export type ShippingAddressInput = {
  first_name?: string
  last_name?: string
  address_1: string
  address_2?: string
  city?: string
  province?: string
  postal_code?: string
  phone?: string
  country_code?: string
}

export type PlaceOrderInput = {
  participation: { id: string; quantity: number; unit_price: number; customer_id: string; email?: string | null }
  deal: { id: string; variant_id: string; title: string }
  sales_channel_id?: string
  shipping_option_id?: string
  shipping_address?: ShippingAddressInput
}

/**
 * Places the participation's order through Medusa's cart → order flow: one line at
 * the reserved tier price (custom unit price), pickup at Rumah Kreatif Sleman unless
 * a courier option and an address are given, payment authorised (not captured) with
 * the system provider, stock reserved by the order.
 * Compensation cancels the order: authorisation released, reservation freed.
 *
 * Why Medusa's core workflows run here with `.run()` and not composed with `runAsStep`:
 * composed, a failure after the order exists (e.g. the activation refused because a
 * close stopped the deal) would have the engine run `completeCartWorkflow`'s own
 * compensation, which deletes the order (`createOrdersStep` → `deleteOrders`) and
 * un-completes the cart, where the join today cancels the order and keeps it (status
 * canceled, payment canceled, stock freed, visible to the shopper and the admin). Kept
 * as it is until that change of the rollback is decided.
 */
export const placeGroupBuyOrderStep = createStep(
  "place-group-buy-order",
  async (input: PlaceOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { participation, deal } = input

    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "idr" } as any, { take: 1 })
    if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Region Rupiah belum ada", GROUP_BUY_ERRORS.STORE_NOT_READY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone"],
      filters: { id: participation.customer_id },
    })
    const customer = customers[0] as any

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    let shippingOptionId = input.shipping_option_id
    let address: ShippingAddressInput
    if (!shippingOptionId) {
      const [pickup] = await fulfillment.listShippingOptions({ name: PICKUP.shipping_option_name })
      if (!pickup) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Opsi "${PICKUP.shipping_option_name}" belum ada`, GROUP_BUY_ERRORS.STORE_NOT_READY)
      shippingOptionId = pickup.id
      address = { ...PICKUP.address, first_name: customer?.first_name ?? "", last_name: customer?.last_name ?? "", phone: customer?.phone ?? "" }
    } else {
      const [option] = await fulfillment.listShippingOptions({ id: shippingOptionId })
      if (!option) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Opsi pengiriman tidak dikenal", GROUP_BUY_ERRORS.SHIPPING_OPTION_UNKNOWN)
      if (option.name === PICKUP.shipping_option_name) {
        address = { ...PICKUP.address, first_name: customer?.first_name ?? "", last_name: customer?.last_name ?? "" }
      } else if (!input.shipping_address?.address_1) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Pengiriman kurir butuh alamat pengiriman", GROUP_BUY_ERRORS.SHIPPING_ADDRESS_REQUIRED)
      } else {
        address = input.shipping_address
      }
    }

    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: input.sales_channel_id,
        customer_id: participation.customer_id,
        email: participation.email ?? customer?.email,
        shipping_address: { country_code: "id", ...address } as any,
        items: [
          {
            variant_id: deal.variant_id,
            quantity: participation.quantity,
            unit_price: participation.unit_price,
            metadata: { group_buy_id: deal.id, group_buy_participation_id: participation.id },
          } as any,
        ],
        metadata: { group_buy_id: deal.id, group_buy_participation_id: participation.id },
      } as any,
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: shippingOptionId! }] },
    })
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id"],
      filters: { id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: (carts[0] as any).payment_collection.id, provider_id: SYSTEM_PAYMENT_PROVIDER },
    })
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    const orderId = result.id

    try {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "total", "payment_collections.payments.id", "payment_collections.payments.amount"],
        filters: { id: orderId },
      })
      const order = orders[0] as any
      const payment = order.payment_collections?.[0]?.payments?.[0]
      if (!payment) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pembayaran tidak terotorisasi", GROUP_BUY_ERRORS.PAYMENT_NOT_AUTHORIZED)
      await markOrder(container, orderId, {
        group_buy_id: deal.id,
        group_buy_participation_id: participation.id,
        group_buy_status: "waiting",
      })
      return new StepResponse(
        { order_id: orderId as string, payment_id: payment.id as string, amount_authorized: Number(payment.amount) },
        orderId
      )
    } catch (e) {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      throw e
    }
  },
  async (orderId, { container }) => {
    if (orderId) await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
)
