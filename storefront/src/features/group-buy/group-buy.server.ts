/**
 * Borong Bareng data access (store API of the campaigns plugin). Server only.
 */
import { authHeaders, backendFetch, timeoutMs } from "~/lib/medusa.server"
import { statusOf } from "~/lib/errors"
import type { GroupBuy, GroupBuyParticipation, Participation, StoreGroupBuyDetail } from "./group-buy"

export async function listGroupBuys(): Promise<GroupBuy[]> {
  const { group_buys } = await backendFetch<{ group_buys: GroupBuy[] }>("/store/group-buys")
  return group_buys
}

/** A published deal, or null when there is none with this id. */
export async function retrieveGroupBuy(id: string): Promise<StoreGroupBuyDetail | null> {
  try {
    const { group_buy } = await backendFetch<{ group_buy: StoreGroupBuyDetail }>(`/store/group-buys/${encodeURIComponent(id)}`)
    return group_buy
  } catch (err) {
    const status = statusOf(err)
    if (status === 404 || status === 400) return null
    throw err
  }
}

/** Open deals on one product (the product page links to them). */
export async function groupBuysForProduct(productId: string): Promise<GroupBuy[]> {
  return (await listGroupBuys()).filter((d) => d.product?.id === productId)
}

/**
 * Joining places a whole order (cart, shipping, payment authorisation, order) and
 * waits its turn on the deal's lock; leaving cancels that order under the same
 * lock. Both can take longer than MEDUSA_WRITE_TIMEOUT_MS on a busy backend, and
 * an aborted join leaves the shopper unsure whether they are in. So they get at
 * least 60 s (more if MEDUSA_WRITE_TIMEOUT_MS is larger).
 */
const GROUP_BUY_WRITE_TIMEOUT_MS = 60_000

function write<T>(path: string, body: Record<string, unknown>, session: string | undefined): Promise<T> {
  return backendFetch<T>(path, {
    method: "POST",
    body,
    headers: authHeaders(session),
    timeoutMs: Math.max(GROUP_BUY_WRITE_TIMEOUT_MS, timeoutMs("POST")),
  })
}

export async function joinGroupBuy(
  id: string,
  body: {
    quantity: number
    shipping_option_id?: string
    shipping_address?: { address_1: string; city?: string; postal_code?: string; phone?: string; first_name?: string; last_name?: string }
  },
  session: string | undefined,
) {
  return write<{ participation: GroupBuyParticipation }>(`/store/group-buys/${encodeURIComponent(id)}/join`, body, session)
}

export async function cancelParticipation(id: string, participationId: string, session: string | undefined) {
  return write<{ participation: GroupBuyParticipation }>(
    `/store/group-buys/${encodeURIComponent(id)}/participations/${encodeURIComponent(participationId)}/cancel`,
    {},
    session,
  )
}

export async function myGroupBuys(session: string | undefined): Promise<Participation[]> {
  const { participations } = await backendFetch<{ participations: Participation[] }>("/store/customers/me/group-buys", {
    headers: authHeaders(session),
  })
  return participations
}
