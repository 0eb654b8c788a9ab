import type { MedusaContainer } from "@medusajs/framework/types"
import { GROUP_BUY_MODULE } from "../../../modules/group-buy"
import type GroupBuyModuleService from "../../../modules/group-buy/service"

/** The Borong Bareng module's service, resolved from a container (steps, utils, views). */
export const groupBuyService = (container: MedusaContainer): GroupBuyModuleService => container.resolve(GROUP_BUY_MODULE)
