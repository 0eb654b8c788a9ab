/** WIB (Asia/Jakarta) is UTC+7 all year: no daylight saving. */
export const WIB_TIME_ZONE = "Asia/Jakarta"
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/** "2 Oktober 2026 pukul 09.00 WIB" */
export function formatWib(date: Date | string): string {
  const text = new Intl.DateTimeFormat("id-ID", {
    timeZone: WIB_TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(date))
  return `${text} WIB`
}

/** A WIB wall-clock value from a form ("2026-10-02T09:00") → the instant (UTC). */
export function wibInputToDate(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local)
  if (!m) throw new Error(`Bukan tanggal-jam: ${local}`)
  const [, y, mo, d, h, mi, s] = m
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0) - WIB_OFFSET_MS)
}

/** The instant → the WIB wall-clock value a datetime-local input shows. */
export function dateToWibInput(date: Date | string): string {
  return new Date(new Date(date).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 16)
}
