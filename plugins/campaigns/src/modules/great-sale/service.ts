import { MedusaService } from "@medusajs/framework/utils"
import { GreatSale } from "./models/great-sale"

export default class GreatSaleModuleService extends MedusaService({ GreatSale }) {}
