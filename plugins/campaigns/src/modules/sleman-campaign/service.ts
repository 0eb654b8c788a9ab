import { MedusaService } from "@medusajs/framework/utils"
import { SlemanCampaign } from "./models/sleman-campaign"

export default class SlemanCampaignModuleService extends MedusaService({ SlemanCampaign }) {}
