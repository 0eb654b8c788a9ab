import { MedusaError } from "@medusajs/framework/utils"
import { GREAT_SALE_ERRORS } from "../../../contract/errors"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GreatSaleStatus } from "../../../domain/great-sale/status"
import { greatSaleService, linkedPriceListId, scopeProductIds } from "../utils"

const STATUS_ID: Record<GreatSaleStatus, string> = {
  draft: "draf",
  scheduled: "terjadwal",
  active: "aktif",
  ended: "sudah berakhir",
  cancelled: "dibatalkan",
}

/**
 * Reads a sale with its status, linked price list and the products in scope now;
 * refuses (400) when the action is not allowed in that status. Read only.
 */
export const loadGreatSaleStep = createStep(
  "load-great-sale",
  async ({ id, allowed, action }: { id: string; allowed: GreatSaleStatus[]; action: string }, { container }) => {
    const service = greatSaleService(container)
    const sale = await service.getSale(id)
    const status = service.statusOf(sale)
    if (!allowed.includes(status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Great Sale "${sale.name}" berstatus ${STATUS_ID[status]}: tidak bisa ${action}`,
        GREAT_SALE_ERRORS.INVALID_STATUS
      )
    }
    return new StepResponse({
      sale,
      status,
      price_list_id: await linkedPriceListId(container, id),
      product_ids: await scopeProductIds(container, sale),
    })
  }
)
