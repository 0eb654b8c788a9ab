/**
 * Borong Bareng: pure display helpers (no I/O). Prices and totals come from the
 * API as they are; this file only formats and labels them.
 */
import type { GroupBuy, GroupBuyParticipationStatus, StoreMyGroupBuyParticipation } from "@pasar-sleman/campaigns/contract"
import { formatRupiah } from "./money"

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

/** Join / cancel outcomes passed across a redirect as ?gb=<code>. */
export const GROUP_BUY_MESSAGES = {
  bergabung: { kind: "info", text: "Anda sudah ikut! Pembayaran diotorisasi dan baru ditagih setelah Borong Bareng ditutup." },
  dibatalkan: { kind: "info", text: "Keikutsertaan Anda dibatalkan dan otorisasi pembayaran dilepas." },
  kuota: { kind: "error", text: "Kuota Borong Bareng tidak cukup untuk jumlah itu." },
  batas: { kind: "error", text: "Jumlah melebihi batas per pembeli untuk Borong Bareng ini." },
  jumlah: { kind: "error", text: "Jumlah harus bilangan bulat, 1 atau lebih." },
  belum_mulai: { kind: "error", text: "Borong Bareng ini belum dimulai." },
  tutup: { kind: "error", text: "Borong Bareng ini sudah ditutup." },
  alamat: { kind: "error", text: "Untuk pengiriman kurir, isi alamat pengiriman." },
  ramai: { kind: "error", text: "Sedang ramai, silakan coba lagi sebentar." },
  batal_gagal: { kind: "error", text: "Keikutsertaan ini tidak bisa dibatalkan lagi." },
  umum: { kind: "error", text: "Terjadi kesalahan, silakan coba lagi." },
} as const
export type GroupBuyCode = keyof typeof GROUP_BUY_MESSAGES

export function groupBuyMessage(code: string | null | undefined) {
  if (!code) return null
  return Object.prototype.hasOwnProperty.call(GROUP_BUY_MESSAGES, code) ? GROUP_BUY_MESSAGES[code as GroupBuyCode] : GROUP_BUY_MESSAGES.umum
}

/** Maps the backend's message (stable Indonesian tokens) to a code; never echoes it. */
export function groupBuyCodeFrom(message: string): GroupBuyCode {
  const m = message.toLowerCase()
  if (m.includes("kuota tidak cukup")) return "kuota"
  if (m.includes("batas per pembeli")) return "batas"
  if (m.includes("quantity") || m.includes("jumlah")) return "jumlah"
  if (m.includes("belum dimulai")) return "belum_mulai"
  if (m.includes("sudah lewat") || m.includes("tidak sedang dibuka") || m.includes("sudah ditutup")) return "tutup"
  if (m.includes("alamat")) return "alamat"
  if (m.includes("ramai")) return "ramai"
  if (m.includes("tidak bisa dibatalkan") || m.includes("pembatalan hanya")) return "batal_gagal"
  return "umum"
}
