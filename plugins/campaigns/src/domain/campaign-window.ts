import { MedusaError } from "@medusajs/framework/utils"

/** A campaign runs in the half-open window [starts_at, ends_at). */
export type CampaignWindow = { starts_at: Date | string; ends_at: Date | string }

export type CampaignPhase = "upcoming" | "active" | "ended"

function toDate(value: Date | string, field: string): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} is not a valid date`)
  }
  return date
}

/** Rejects windows that end before (or when) they start. */
export function assertValidWindow(window: CampaignWindow): void {
  const start = toDate(window.starts_at, "starts_at")
  const end = toDate(window.ends_at, "ends_at")
  if (end.getTime() <= start.getTime()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "ends_at must be later than starts_at"
    )
  }
}

export function campaignPhase(window: CampaignWindow, now: Date = new Date()): CampaignPhase {
  const start = toDate(window.starts_at, "starts_at")
  const end = toDate(window.ends_at, "ends_at")
  if (now.getTime() < start.getTime()) return "upcoming"
  if (now.getTime() >= end.getTime()) return "ended"
  return "active"
}
