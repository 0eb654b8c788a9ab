import { Module } from "@medusajs/framework/utils"
import SlemanCampaignModuleService from "./service"

export const SLEMAN_CAMPAIGN_MODULE = "slemanCampaign"

export default Module(SLEMAN_CAMPAIGN_MODULE, {
  service: SlemanCampaignModuleService,
})
