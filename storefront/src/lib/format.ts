/** Indonesian labels for dates and order states. */

const dateFormat = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Asia/Jakarta",
})

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? "-" : dateFormat.format(d)
}

const WIB_DATE_TIME = {
  timeZone: "Asia/Jakarta",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
} as const satisfies Intl.DateTimeFormatOptions
const wibFormat = new Intl.DateTimeFormat("id-ID", WIB_DATE_TIME)
const wibDayFormat = new Intl.DateTimeFormat("id-ID", { ...WIB_DATE_TIME, weekday: "long" })

/**
 * Date and time in WIB, the one format for campaign deadlines:
 * "16 Oktober 2026 pukul 09.00 WIB", with `weekday` "Sabtu, 5 Desember 2026 pukul 18.00 WIB";
 * "-" for an invalid date.
 */
export function formatWib(value: string | Date, opts: { weekday?: boolean } = {}): string {
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return "-"
  return `${(opts.weekday ? wibDayFormat : wibFormat).format(d)} WIB`
}

const ORDER_STATUS: Record<string, string> = {
  pending: "Diproses",
  completed: "Selesai",
  canceled: "Dibatalkan",
  archived: "Diarsipkan",
  draft: "Draf",
  requires_action: "Perlu tindakan",
}

export function orderStatusLabel(status: string | null | undefined): string {
  return (status && ORDER_STATUS[status]) || "Diproses"
}

const PAYMENT_STATUS: Record<string, string> = {
  not_paid: "Belum dibayar",
  awaiting: "Menunggu pembayaran",
  authorized: "Menunggu pembayaran",
  partially_authorized: "Menunggu pembayaran",
  captured: "Lunas",
  partially_captured: "Dibayar sebagian",
  paid: "Lunas",
  refunded: "Dikembalikan",
  partially_refunded: "Dikembalikan sebagian",
  canceled: "Dibatalkan",
  requires_action: "Perlu tindakan",
}

export function paymentStatusLabel(status: string | null | undefined): string {
  return (status && PAYMENT_STATUS[status]) || "Menunggu pembayaran"
}

/** Provider ids → shopper-facing labels. */
export function paymentProviderLabel(id: string): string {
  if (id === "pp_system_default") return "Transfer bank manual / Bayar di tempat (COD)"
  if (id.startsWith("pp_stripe")) return "Kartu kredit/debit"
  return id.replace(/^pp_/, "").replace(/_/g, " ")
}
