import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import GreatSaleModule from "../modules/great-sale"

/** Each activated great sale owns one Medusa price list of type "sale". */
export default defineLink(GreatSaleModule.linkable.greatSale, PricingModule.linkable.priceList)
