import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export type ParticipantCustomer = { id: string; email?: string; first_name?: string; last_name?: string }

/** The customers behind participations (Customer Module, through Query); none asked, none read. */
export async function participantCustomers(container: MedusaContainer, customerIds: string[]): Promise<ParticipantCustomer[]> {
  if (!customerIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: [...new Set(customerIds)] },
  })
  return data as ParticipantCustomer[]
}
