import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { GREAT_SALE_ERRORS } from "../../contract/errors"
import { greatSaleStatus, isLive, type GreatSaleStatus } from "../../domain/great-sale/status"
import { GreatSale } from "./models/great-sale"
import type { GreatSaleRecord } from "./types"

/**
 * The great-sale module: its own reads and rules (which sales are live, running, due
 * at a boundary; a sale's status). Reads across modules (products, categories, price
 * lists) are the workflows' (workflows/great-sale/utils/).
 */
export default class GreatSaleModuleService extends MedusaService({ GreatSale }) {
  /** One sale; 404 `great_sale.not_found` when there is none. */
  async getSale(id: string): Promise<GreatSaleRecord> {
    const [sale] = await this.listGreatSales({ id })
    if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Great Sale ${id} tidak ditemukan`, GREAT_SALE_ERRORS.NOT_FOUND)
    return sale as unknown as GreatSaleRecord
  }

  /** Every sale, newest start first (the admin list). */
  async listNewestFirst(): Promise<GreatSaleRecord[]> {
    return (await this.listGreatSales({}, { order: { starts_at: "DESC" }, take: null })) as unknown as GreatSaleRecord[]
  }

  /** Status from dates and actions (domain rule). */
  statusOf(sale: GreatSaleRecord, now = new Date()): GreatSaleStatus {
    return greatSaleStatus(sale, now)
  }

  /** Scheduled and active sales: their price lists are (or will be) in force. */
  async listLiveSales(now = new Date()): Promise<GreatSaleRecord[]> {
    const sales = (await this.listGreatSales(
      { cancelled_at: null, activated_at: { $ne: null }, ends_at: { $gt: now } },
      { take: null }
    )) as unknown as GreatSaleRecord[]
    return sales.filter((s) => isLive(this.statusOf(s, now)))
  }

  /** Ids of the scheduled and active sales (their price lists exist and may need syncing). */
  async liveSaleIds(now = new Date()): Promise<string[]> {
    const sales = await this.listGreatSales(
      { cancelled_at: null, activated_at: { $ne: null }, ends_at: { $gt: now } },
      { select: ["id"], take: null }
    )
    return sales.map((s) => s.id)
  }

  /** Sales running now, soonest-ending first. */
  async listRunningSales(now = new Date()): Promise<GreatSaleRecord[]> {
    return (await this.listGreatSales(
      { cancelled_at: null, activated_at: { $ne: null }, starts_at: { $lte: now }, ends_at: { $gt: now } },
      { order: { ends_at: "ASC" }, take: null }
    )) as unknown as GreatSaleRecord[]
  }

  /**
   * Activated, uncancelled sales whose starts_at or ends_at has passed and was not yet
   * handled (the boundary job).
   */
  async listDueBoundaries(now = new Date()): Promise<GreatSaleRecord[]> {
    return (await this.listGreatSales(
      {
        cancelled_at: null,
        activated_at: { $ne: null },
        $or: [
          { start_handled_at: null, starts_at: { $lte: now } },
          { end_handled_at: null, ends_at: { $lte: now } },
        ],
      } as any,
      { take: null }
    )) as unknown as GreatSaleRecord[]
  }

  /**
   * Whether any great sale changed the prices in force after `since`: a start or end
   * that passed, an activation, a cancellation or an edit. Carts priced after the last
   * such moment need no repricing.
   */
  async pricesChangedSince(since: Date, now = new Date()): Promise<boolean> {
    const [hit] = await this.listGreatSales(
      {
        activated_at: { $ne: null },
        $or: [
          { starts_at: { $gt: since, $lte: now } },
          { ends_at: { $gt: since, $lte: now } },
          { activated_at: { $gt: since } },
          { cancelled_at: { $gt: since } },
          { updated_at: { $gt: since } },
        ],
      } as any,
      { select: ["id"], take: 1 }
    )
    return !!hit
  }
}
