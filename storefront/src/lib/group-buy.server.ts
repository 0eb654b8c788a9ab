/**
 * Borong Bareng data access (store API of the campaigns plugin). Server only.
 */
import { authHeaders, backendUrl, getSdk, publishableKey } from "./medusa.server"
import { statusOf } from "./errors"
import type { GroupBuy, Participation } from "./group-buy"

export async function listGroupBuys(): Promise<GroupBuy[]> {
  const { group_buys } = await getSdk().client.fetch<{ group_buys: GroupBuy[] }>("/store/group-buys")
  return group_buys
}

/** A published deal, or null when there is none with this id. */
export async function retrieveGroupBuy(id: string): Promise<GroupBuy | null> {
  try {
    const { group_buy } = await getSdk().client.fetch<{ group_buy: GroupBuy }>(`/store/group-buys/${encodeURIComponent(id)}`)
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
 * waits its turn on the deal's lock, so it gets longer than the shared
 * MEDUSA_TIMEOUT_MS. Errors carry `status` and the backend's message like the SDK's.
 */
const WRITE_TIMEOUT_MS = 60_000

async function write<T>(path: string, body: unknown, session: string | undefined): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey(), ...authHeaders(session) },
    body: JSON.stringify(body ?? {}),
    signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw Object.assign(new Error(data?.message ?? res.statusText), { status: res.status })
  return data as T
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
  return write<{ participation: Participation }>(`/store/group-buys/${encodeURIComponent(id)}/join`, body, session)
}

export async function cancelParticipation(id: string, participationId: string, session: string | undefined) {
  return write<{ participation: Participation }>(
    `/store/group-buys/${encodeURIComponent(id)}/participations/${encodeURIComponent(participationId)}/cancel`,
    {},
    session,
  )
}

export async function myGroupBuys(session: string | undefined): Promise<Participation[]> {
  const { participations } = await getSdk().client.fetch<{ participations: Participation[] }>("/store/customers/me/group-buys", {
    headers: authHeaders(session),
  })
  return participations
}
