import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"

/**
 * What the reservation statement (`reserveParticipation` in the group-buy module) saw for
 * one join: each rule as the statement's own boolean — the statement reserves only when
 * every one holds — plus the numbers the explanation quotes. The rules are decided once,
 * in SQL; this file only words the first one that failed.
 */
export type JoinChecks = {
  /** `closed_at` is set: a close has stopped the deal taking participations. */
  closing: boolean
  /** status = 'open' (false too when the deal was not found). */
  open: boolean
  /** now >= starts_at */
  started: boolean
  /** now < ends_at */
  before_deadline: boolean
  /** the deal has a tier price */
  priced: boolean
  /** this shopper's held units + quantity <= max_per_customer */
  within_shopper_max: boolean
  /** the group's held units + quantity <= max_total */
  within_cap: boolean
  max_per_customer: number
  max_total: number
  /** Units held (pending + active) by the whole group and by this shopper, before this join. */
  total: number
  mine: number
}

/** The refusal of a join the statement did not reserve, worded from its first failed check (null: nothing failed). */
export function joinRefusal(c: JoinChecks): MedusaError | null {
  const notAllowed = (message: string, code: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message, code)
  if (c.closing) return notAllowed("Borong Bareng ini sudah ditutup", GROUP_BUY_ERRORS.CLOSED)
  if (!c.open) return notAllowed("Borong Bareng ini tidak sedang dibuka", GROUP_BUY_ERRORS.NOT_OPEN)
  if (!c.started) return notAllowed("Borong Bareng ini belum dimulai", GROUP_BUY_ERRORS.NOT_STARTED)
  if (!c.before_deadline) return notAllowed("Batas waktu Borong Bareng ini sudah lewat", GROUP_BUY_ERRORS.DEADLINE_PASSED)
  if (!c.within_shopper_max) {
    const left = Math.max(c.max_per_customer - c.mine, 0)
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Melebihi batas per pembeli (${c.max_per_customer} unit; sisa untuk Anda ${left})`,
      GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT
    )
  }
  if (!c.within_cap) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `Kuota tidak cukup: sisa ${c.max_total - c.total} unit`, GROUP_BUY_ERRORS.QUOTA_EXCEEDED)
  }
  if (!c.priced) return notAllowed("Borong Bareng ini tidak bisa diikuti saat ini", GROUP_BUY_ERRORS.NOT_OPEN)
  return null
}
