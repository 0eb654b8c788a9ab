import type { MedusaContainer } from "@medusajs/framework/types"
import { GREAT_SALE_MODULE, type GreatSaleModuleService } from "../../../modules/great-sale"

/** The great-sale module's service (its own reads and rules). */
export function greatSaleService(container: MedusaContainer): GreatSaleModuleService {
  return container.resolve(GREAT_SALE_MODULE)
}
