import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GROUP_BUY_MODULE } from "../modules/group-buy"
import type GroupBuyModuleService from "../modules/group-buy/service"
import { closeGroupBuyWorkflow } from "../workflows/group-buy/close-group-buy"

/**
 * Every minute: close the deals whose deadline passed, and finish any close that
 * stopped half-way (an outcome without `settled_at`, or an open deal already stopped
 * from taking participations). Thin: the workflow does the work.
 */
export default async function closeDueGroupBuys(container: MedusaContainer) {
  const service: GroupBuyModuleService = container.resolve(GROUP_BUY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await service.listGroupBuys(
    {
      $or: [
        { status: "open", ends_at: { $lte: new Date() } },
        { status: "open", closed_at: { $ne: null } }, // a close that stopped before deciding
        { status: ["succeeded", "failed", "cancelled"], settled_at: null },
      ],
    } as any,
    { select: ["id"] }
  )
  for (const deal of due) {
    try {
      await closeGroupBuyWorkflow(container).run({ input: { id: deal.id } })
      logger.info(`[group-buy] closed ${deal.id}`)
    } catch (e: any) {
      logger.error(`[group-buy] closing ${deal.id} failed, retried next minute: ${e.message}`)
    }
  }
}

export const config = {
  name: "close-due-group-buys",
  schedule: "* * * * *",
}
