import { MedusaService } from "@medusajs/framework/utils"
import { GroupBuy } from "./models/group-buy"
import { GroupBuyTier } from "./models/group-buy-tier"
import { GroupBuyParticipation } from "./models/group-buy-participation"

export default class GroupBuyModuleService extends MedusaService({
  GroupBuy,
  GroupBuyTier,
  GroupBuyParticipation,
}) {}
