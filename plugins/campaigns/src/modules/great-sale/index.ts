import { Module } from "@medusajs/framework/utils"
import GreatSaleModuleService from "./service"

export const GREAT_SALE_MODULE = "greatSale"
export type { GreatSaleRecord } from "./types"
export type { GreatSaleModuleService }

export default Module(GREAT_SALE_MODULE, {
  service: GreatSaleModuleService,
})
