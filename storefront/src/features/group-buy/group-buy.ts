/**
 * Borong Bareng: pure helpers (no I/O): display (prices and totals come from
 * the API as they are; this file only formats and labels them), the join
 * form's input and the code of a refusal.
 */
import type { GroupBuy, GroupBuyParticipationStatus, StoreMyGroupBuyParticipation } from "@pasar-sleman/campaigns/contract"
import { codeOf } from "~/lib/errors"
import { groupBuyCodeForError, type GroupBuyCode } from "~/lib/messages"
import { formatRupiah } from "~/lib/money"
import { field } from "~/lib/session"
import { parseQuantity } from "~/features/cart/cart"

/** The campaigns plugin's API types: one definition, shared with its admin pages. */
export type { GroupBuy, GroupBuyParticipation, StoreGroupBuyDetail } from "@pasar-sleman/campaigns/contract"
/** A participation in "Borong Bareng Saya", with its deal. */
export type Participation = StoreMyGroupBuyParticipation

/** "2 hari 3 jam 4 menit" until the deadline; "Waktu habis" once it passed. */
export function countdownText(endsAt: string | Date, now: Date = new Date()): string {
  let s = Math.floor((new Date(endsAt).getTime() - now.getTime()) / 1000)
  if (!(s > 0)) return "Waktu habis"
  const days = Math.floor(s / 86400)
  s -= days * 86400
  const hours = Math.floor(s / 3600)
  s -= hours * 3600
  const minutes = Math.floor(s / 60)
  const seconds = s - minutes * 60
  if (days > 0) return `${days} hari ${hours} jam ${minutes} menit`
  if (hours > 0) return `${hours} jam ${minutes} menit`
  return `${minutes} menit ${seconds} detik`
}

/** Progress bar width toward the next tier (or the cap once the cheapest tier is reached). */
export function progressPercent(deal: Pick<GroupBuy, "total_quantity" | "next_tier" | "target_quantity" | "max_total">): number {
  const goal = deal.next_tier?.min_quantity ?? deal.max_total ?? deal.target_quantity
  if (!goal) return 100
  return Math.max(0, Math.min(100, Math.round((deal.total_quantity / goal) * 100)))
}

/** "3 lagi untuk harga Rp 21.000", or null on the cheapest tier. */
export function nudgeText(deal: Pick<GroupBuy, "next_tier">): string | null {
  if (!deal.next_tier) return null
  return `${deal.next_tier.quantity_needed} lagi untuk harga ${formatRupiah(deal.next_tier.unit_price)}`
}

/** "Target tercapai!" or "Butuh 4 unit lagi untuk mencapai target (10)". */
export function targetText(deal: Pick<GroupBuy, "total_quantity" | "target_quantity">): string {
  const missing = deal.target_quantity - deal.total_quantity
  return missing <= 0
    ? `Target ${deal.target_quantity} unit tercapai!`
    : `Butuh ${missing} unit lagi untuk mencapai target ${deal.target_quantity} unit`
}

/** Index of the tier the current unit price belongs to. */
export function currentTierIndex(deal: Pick<GroupBuy, "tiers" | "current_unit_price" | "final_unit_price">): number {
  const price = deal.final_unit_price ?? deal.current_unit_price
  return deal.tiers.findIndex((t) => t.unit_price === price)
}

const DEAL_STATUS: Record<GroupBuy["status"], string> = {
  draft: "Draf",
  open: "Sedang berjalan",
  succeeded: "Berhasil",
  failed: "Tidak mencapai target",
  cancelled: "Dibatalkan",
}
export function dealStatusLabel(status: GroupBuy["status"]): string {
  return DEAL_STATUS[status] ?? status
}

const PARTICIPATION_STATUS: Record<GroupBuyParticipationStatus, string> = {
  pending: "Sedang diproses",
  active: "Menunggu hasil Borong Bareng",
  cancelled: "Anda batalkan",
  captured: "Berhasil — dibayar dengan harga akhir",
  released: "Tidak jadi — pesanan dibatalkan, dana dilepas",
}
export function participationStatusLabel(status: GroupBuyParticipationStatus): string {
  return PARTICIPATION_STATUS[status] ?? status
}

/** WhatsApp share link with a prefilled Indonesian message. */
export function whatsappShareUrl(deal: Pick<GroupBuy, "title" | "current_unit_price" | "next_tier">, pageUrl: string): string {
  const nudge = deal.next_tier
    ? ` Kurang ${deal.next_tier.quantity_needed} lagi supaya harganya turun jadi ${formatRupiah(deal.next_tier.unit_price)}!`
    : ""
  const text = `Yuk ikut Borong Bareng "${deal.title}" di Pasar Sleman! Sekarang ${formatRupiah(deal.current_unit_price)} per unit.${nudge} ${pageUrl}`
  return `https://wa.me/?text=${encodeURIComponent(text)}`
}

/**
 * The ?gb= code (message catalogue, messages.ts) for a failed join or cancel:
 * read from the error body's `code`, the campaigns plugin's contract
 * (`GROUP_BUY_ERRORS`, `VALIDATION_ERRORS`); "umum" when it carries none.
 * The backend's words are never matched or shown.
 */
export function groupBuyCodeFromApi(err: unknown): GroupBuyCode {
  return groupBuyCodeForError(codeOf(err)) ?? "umum"
}

export type JoinInput = {
  dealId: string
  /** null: not a whole number from 1 to 999. */
  quantity: number | null
  shippingOptionId?: string
  shippingAddress?: { address_1: string; city?: string }
}

/** "Ikut sekarang": deal_id, quantity, shipping_option_id (empty = pickup), address_1, city. */
export function parseJoinForm(form: FormData): JoinInput {
  const shippingOptionId = field(form, "shipping_option_id") || undefined
  const address1 = field(form, "address_1")
  return {
    dealId: field(form, "deal_id"),
    quantity: parseQuantity(field(form, "quantity") || ""),
    shippingOptionId,
    // An address only goes with a courier (no shipping option = pickup).
    shippingAddress: shippingOptionId && address1 ? { address_1: address1, city: field(form, "city") || undefined } : undefined,
  }
}
