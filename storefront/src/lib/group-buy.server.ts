/**
 * Borong Bareng data access (store API of the campaigns plugin). Server only.
 */
import { authHeaders, getSdk } from "./medusa.server"
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

export async function joinGroupBuy(
  id: string,
  body: {
    quantity: number
    shipping_option_id?: string
    shipping_address?: { address_1: string; city?: string; postal_code?: string; phone?: string; first_name?: string; last_name?: string }
  },
  session: string | undefined,
) {
  return getSdk().client.fetch<{ participation: Participation }>(`/store/group-buys/${encodeURIComponent(id)}/join`, {
    method: "POST",
    body,
    headers: authHeaders(session),
  })
}

export async function cancelParticipation(id: string, participationId: string, session: string | undefined) {
  return getSdk().client.fetch<{ participation: Participation }>(
    `/store/group-buys/${encodeURIComponent(id)}/participations/${encodeURIComponent(participationId)}/cancel`,
    { method: "POST", headers: authHeaders(session) },
  )
}

export async function myGroupBuys(session: string | undefined): Promise<Participation[]> {
  const { participations } = await getSdk().client.fetch<{ participations: Participation[] }>("/store/customers/me/group-buys", {
    headers: authHeaders(session),
  })
  return participations
}
