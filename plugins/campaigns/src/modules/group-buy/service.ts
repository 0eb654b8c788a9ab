import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context, FindConfig, InferTypeOf } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { GroupBuy } from "./models/group-buy"
import { GroupBuyTier } from "./models/group-buy-tier"
import { GroupBuyParticipation } from "./models/group-buy-participation"
import { GROUP_BUY_ERRORS } from "../../contract/errors"
import type { JoinChecks } from "../../domain/group-buy/join-refusal"

/**
 * What one reservation attempt saw: every join rule as the statement's own boolean (the
 * statement reserved only if all held; `joinRefusal` words the first that failed) and,
 * when every rule held, the participation it created.
 */
export type ReservationAttempt = JoinChecks & {
  found: boolean
  status: string | null
  starts_at: Date | null
  ends_at: Date | null
  now: Date
  participation: { id: string; unit_price: number } | null
}

/** Participation states whose quantity counts toward a deal's total (its price tier). */
export const COUNTED_STATES = ["pending", "active", "captured", "released"] as const
/** …and those still holding part of the cap while the deal is open. */
export const HOLDING_STATES = ["pending", "active"] as const

/** A deal (with its tiers) and its progress so far. */
export type DealProgress = {
  deal: InferTypeOf<typeof GroupBuy>
  /** Units of every counted participation (the group's total). */
  total: number
  /** Units still holding part of the cap. */
  holding: number
  /** Distinct shoppers among the counted participations. */
  participants: number
}

export default class GroupBuyModuleService extends MedusaService({
  GroupBuy,
  GroupBuyTier,
  GroupBuyParticipation,
}) {
  /** A deal with its tiers; 404 (`group_buy.not_found`) when there is none. */
  @InjectManager()
  async retrieveDeal(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [deal] = await this.listGroupBuys({ id }, { relations: ["tiers"] }, sharedContext)
    if (!deal) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Borong Bareng ${id} tidak ditemukan`, GROUP_BUY_ERRORS.NOT_FOUND)
    return deal
  }

  /** `retrieveGroupBuy` (Medusa's own 404 message), its 404 carrying `group_buy.not_found`. */
  @InjectManager()
  async retrieveDealRow(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    try {
      return await this.retrieveGroupBuy(id, {}, sharedContext)
    } catch (e: any) {
      if (e?.type === MedusaError.Types.NOT_FOUND) throw new MedusaError(e.type, e.message, GROUP_BUY_ERRORS.NOT_FOUND)
      throw e
    }
  }

  /** Deals (with their tiers) and each one's progress: the group's total, the units holding the cap, the shoppers. */
  @InjectManager()
  async listDealsWithProgress(
    filters: Record<string, unknown>,
    order: FindConfig<unknown>["order"],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<DealProgress[]> {
    const deals = await this.listGroupBuys(filters as any, { relations: ["tiers"], order }, sharedContext)
    if (!deals.length) return []
    const parts = await this.listGroupBuyParticipations(
      { group_buy_id: deals.map((d) => d.id), state: [...COUNTED_STATES] } as any,
      { select: ["group_buy_id", "quantity", "state", "customer_id"] },
      sharedContext
    )
    const holding: readonly string[] = HOLDING_STATES
    return deals.map((deal) => {
      const mine = parts.filter((p: any) => p.group_buy_id === deal.id)
      return {
        deal,
        total: mine.reduce((s, p) => s + Number(p.quantity), 0),
        holding: mine.filter((p) => holding.includes(p.state)).reduce((s, p) => s + Number(p.quantity), 0),
        participants: new Set(mine.map((p) => p.customer_id)).size,
      }
    })
  }

  /**
   * One statement: reserves `quantity` units of an open deal for a shopper as a `pending`
   * participation at the price of the tier the group's current total (pending + active)
   * has reached — only if the deal is open, started, before its deadline, not being
   * closed, and the per-shopper maximum and the cap still hold. Each rule is one boolean
   * of the statement (`checks`), returned either way: the caller words a refusal from
   * them (`joinRefusal`), so the explanation cannot disagree with the decision.
   * Callers hold the deal's lock (joins are serialised); the single statement keeps that
   * critical section to one database round trip.
   */
  @InjectManager()
  async reserveParticipation(
    input: { group_buy_id: string; customer_id: string; email?: string | null; quantity: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ReservationAttempt> {
    const id = generateEntityId(undefined, "gbpart")
    const rows: any[] = await sharedContext.manager!.execute(
      `WITH deal AS (
         SELECT id, status, starts_at, ends_at, max_per_customer, max_total, closed_at, now() AS now
         FROM group_buy WHERE id = ? AND deleted_at IS NULL
       ),
       held AS (
         SELECT coalesce(sum(quantity), 0)::int AS total,
                coalesce(sum(quantity) FILTER (WHERE customer_id = ?), 0)::int AS mine
         FROM group_buy_participation
         WHERE group_buy_id = ? AND state IN ('pending', 'active') AND deleted_at IS NULL
       ),
       price AS (
         SELECT coalesce(
           (SELECT t.unit_price FROM group_buy_tier t, held
             WHERE t.group_buy_id = ? AND t.deleted_at IS NULL AND t.min_quantity <= held.total
             ORDER BY t.min_quantity DESC LIMIT 1),
           (SELECT t.unit_price FROM group_buy_tier t
             WHERE t.group_buy_id = ? AND t.deleted_at IS NULL
             ORDER BY t.min_quantity ASC LIMIT 1)
         ) AS unit_price
       ),
       checks AS (
         SELECT deal.*, held.total, held.mine, price.unit_price,
                deal.closed_at IS NOT NULL AS closing,
                deal.status = 'open' AS is_open,
                deal.now >= deal.starts_at AS started,
                deal.now < deal.ends_at AS before_deadline,
                price.unit_price IS NOT NULL AS priced,
                held.mine + ? <= deal.max_per_customer AS within_shopper_max,
                held.total + ? <= deal.max_total AS within_cap
         FROM deal, held, price
       ),
       ins AS (
         INSERT INTO group_buy_participation (id, group_buy_id, customer_id, email, quantity, unit_price, state)
         SELECT ?, checks.id, ?, ?, ?, checks.unit_price, 'pending'
         FROM checks
         WHERE NOT checks.closing AND checks.is_open AND checks.started AND checks.before_deadline
           AND checks.priced AND checks.within_shopper_max AND checks.within_cap
         RETURNING id, unit_price
       )
       SELECT checks.status, checks.starts_at, checks.ends_at, checks.now,
              checks.max_per_customer, checks.max_total, checks.total, checks.mine,
              checks.closing, checks.is_open, checks.started, checks.before_deadline,
              checks.priced, checks.within_shopper_max, checks.within_cap,
              ins.id AS participation_id, ins.unit_price AS participation_unit_price
       FROM checks LEFT JOIN ins ON true`,
      [
        input.group_buy_id,
        input.customer_id,
        input.group_buy_id,
        input.group_buy_id,
        input.group_buy_id,
        input.quantity,
        input.quantity,
        id,
        input.customer_id,
        input.email ?? null,
        input.quantity,
      ]
    )
    const row = rows[0]
    if (!row) {
      return {
        found: false, status: null, starts_at: null, ends_at: null, now: new Date(),
        closing: false, open: false, started: false, before_deadline: false, priced: false,
        within_shopper_max: false, within_cap: false,
        max_per_customer: 0, max_total: 0, total: 0, mine: 0, participation: null,
      }
    }
    return {
      found: true,
      status: row.status,
      starts_at: new Date(row.starts_at),
      ends_at: new Date(row.ends_at),
      now: new Date(row.now),
      closing: row.closing === true,
      open: row.is_open === true,
      started: row.started === true,
      before_deadline: row.before_deadline === true,
      priced: row.priced === true,
      within_shopper_max: row.within_shopper_max === true,
      within_cap: row.within_cap === true,
      max_per_customer: Number(row.max_per_customer),
      max_total: Number(row.max_total),
      total: Number(row.total),
      mine: Number(row.mine),
      participation: row.participation_id ? { id: row.participation_id, unit_price: Number(row.participation_unit_price) } : null,
    }
  }

  /**
   * One statement: a `pending` participation becomes `active` with its order and
   * authorisation — only while its deal is open and not being closed. The deal's row is
   * share-locked by the same statement, so this and the close's "stop taking
   * participations" (an update of that row) happen one after the other, never across
   * each other: either the close counts this participation, or this fails.
   * Returns false when the deal is no longer open (or the participation is not pending).
   */
  @InjectManager()
  async activateParticipation(
    input: { id: string; group_buy_id: string; order_id: string; payment_id: string; amount_authorized: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const rows: any[] = await sharedContext.manager!.execute(
      `UPDATE group_buy_participation p
         SET state = 'active', order_id = ?, payment_id = ?, amount_authorized = ?, updated_at = now()
       WHERE p.id = ? AND p.group_buy_id = ? AND p.state = 'pending' AND p.deleted_at IS NULL
         AND EXISTS (
           SELECT 1 FROM group_buy g
           WHERE g.id = ? AND g.status = 'open' AND g.closed_at IS NULL AND g.deleted_at IS NULL
           FOR SHARE
         )
       RETURNING p.id`,
      [input.order_id, input.payment_id, input.amount_authorized, input.id, input.group_buy_id, input.group_buy_id]
    )
    return rows.length > 0
  }

  /** A fingerprint of a deal's participations (how many, last change): differs once anything happened. */
  @InjectManager()
  async dealActivity(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string> {
    const [row]: any[] = await sharedContext.manager!.execute(
      `SELECT count(*)::int AS n, max(updated_at) AS last FROM group_buy_participation WHERE group_buy_id = ?`,
      [id]
    )
    return `${row?.n ?? 0}:${row?.last ? new Date(row.last).toISOString() : ""}`
  }

  /**
   * One statement: stops an open deal from taking new participations (sets `closed_at`),
   * waiting for any activation that holds the deal's row. After it, the set of active
   * participations cannot grow. Returns false if the deal was not open or already closing.
   */
  @InjectManager()
  async stopTakingParticipations(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows: any[] = await sharedContext.manager!.execute(
      `UPDATE group_buy SET closed_at = now(), updated_at = now()
       WHERE id = ? AND status = 'open' AND closed_at IS NULL AND deleted_at IS NULL
       RETURNING id`,
      [id]
    )
    return rows.length > 0
  }
}
