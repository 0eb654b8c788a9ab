import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { GroupBuy } from "./models/group-buy"
import { GroupBuyTier } from "./models/group-buy-tier"
import { GroupBuyParticipation } from "./models/group-buy-participation"

/** What one reservation attempt saw (and, when every rule held, the participation it created). */
export type ReservationAttempt = {
  found: boolean
  status: string | null
  starts_at: Date | null
  ends_at: Date | null
  closing: boolean
  now: Date
  max_per_customer: number
  max_total: number
  /** Units held (pending + active) by the whole group and by this shopper, before this join. */
  total: number
  mine: number
  participation: { id: string; unit_price: number } | null
}

export default class GroupBuyModuleService extends MedusaService({
  GroupBuy,
  GroupBuyTier,
  GroupBuyParticipation,
}) {
  /**
   * One statement: reserves `quantity` units of an open deal for a shopper as a `pending`
   * participation at the price of the tier the group's current total (pending + active)
   * has reached — only if the deal is open, started, before its deadline, not being
   * closed, and the per-shopper maximum and the cap still hold. Returns what it saw either
   * way, so the caller can explain a refusal with the domain rules.
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
       ins AS (
         INSERT INTO group_buy_participation (id, group_buy_id, customer_id, email, quantity, unit_price, state)
         SELECT ?, deal.id, ?, ?, ?, price.unit_price, 'pending'
         FROM deal, held, price
         WHERE deal.status = 'open' AND deal.closed_at IS NULL
           AND deal.now >= deal.starts_at AND deal.now < deal.ends_at
           AND price.unit_price IS NOT NULL
           AND held.mine + ? <= deal.max_per_customer
           AND held.total + ? <= deal.max_total
         RETURNING id, unit_price
       )
       SELECT deal.status, deal.starts_at, deal.ends_at, deal.closed_at, deal.now,
              deal.max_per_customer, deal.max_total, held.total, held.mine,
              ins.id AS participation_id, ins.unit_price
       FROM deal CROSS JOIN held LEFT JOIN ins ON true`,
      [
        input.group_buy_id,
        input.customer_id,
        input.group_buy_id,
        input.group_buy_id,
        input.group_buy_id,
        id,
        input.customer_id,
        input.email ?? null,
        input.quantity,
        input.quantity,
        input.quantity,
      ]
    )
    const row = rows[0]
    if (!row) {
      return {
        found: false, status: null, starts_at: null, ends_at: null, closing: false, now: new Date(),
        max_per_customer: 0, max_total: 0, total: 0, mine: 0, participation: null,
      }
    }
    return {
      found: true,
      status: row.status,
      starts_at: new Date(row.starts_at),
      ends_at: new Date(row.ends_at),
      closing: row.closed_at != null,
      now: new Date(row.now),
      max_per_customer: Number(row.max_per_customer),
      max_total: Number(row.max_total),
      total: Number(row.total),
      mine: Number(row.mine),
      participation: row.participation_id ? { id: row.participation_id, unit_price: Number(row.unit_price) } : null,
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
