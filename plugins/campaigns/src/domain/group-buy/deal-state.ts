import { MedusaError } from "@medusajs/framework/utils"
import { GROUP_BUY_ERRORS } from "../../contract/errors"

export const GROUP_BUY_STATUSES = ["draft", "open", "succeeded", "failed", "cancelled"] as const
export type GroupBuyStatus = (typeof GROUP_BUY_STATUSES)[number]
export type GroupBuyEvent = "publish" | "close" | "cancel"

const FINAL: GroupBuyStatus[] = ["succeeded", "failed", "cancelled"]

export function isFinal(status: GroupBuyStatus) {
  return FINAL.includes(status)
}

/**
 * The deal's state machine: draft → open → succeeded | failed | cancelled;
 * a draft can also be cancelled. `close` needs to know whether the target was met.
 */
export function transition(status: GroupBuyStatus, event: GroupBuyEvent, targetReached = false): GroupBuyStatus {
  if (event === "publish" && status === "draft") return "open"
  if (event === "close" && status === "open") return targetReached ? "succeeded" : "failed"
  if (event === "cancel" && (status === "draft" || status === "open")) return "cancelled"
  const what = { publish: "diterbitkan", close: "ditutup", cancel: "dibatalkan" }[event]
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Borong Bareng berstatus "${status}" tidak bisa ${what}`, GROUP_BUY_ERRORS.INVALID_STATUS)
}

/** Whether shoppers can join right now: open, started and before the deadline. */
export function joinableAt(deal: { status: GroupBuyStatus; starts_at: Date | string; ends_at: Date | string }, now: Date) {
  if (deal.status !== "open") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini tidak sedang dibuka", GROUP_BUY_ERRORS.NOT_OPEN)
  }
  if (now < new Date(deal.starts_at)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Borong Bareng ini belum dimulai", GROUP_BUY_ERRORS.NOT_STARTED)
  }
  if (now >= new Date(deal.ends_at)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Batas waktu Borong Bareng ini sudah lewat", GROUP_BUY_ERRORS.DEADLINE_PASSED)
  }
}

/** A deal is due for closing once it is open and its deadline has passed. */
export function isDue(deal: { status: GroupBuyStatus; ends_at: Date | string }, now: Date) {
  return deal.status === "open" && now >= new Date(deal.ends_at)
}
