import { formatWib } from "../../domain/great-sale/wib"

const rupiahFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 })
/** Rp 150.000 */
export const rupiah = (amount: number | null | undefined) => `Rp ${rupiahFormat.format(Number(amount ?? 0))}`
export const wib = (date: string | Date | null | undefined) => (date ? formatWib(date) : "—")

export const STATUS_LABEL: Record<string, { label: string; color: "grey" | "blue" | "green" | "orange" | "red" }> = {
  draft: { label: "Draf", color: "grey" },
  scheduled: { label: "Terjadwal", color: "blue" },
  active: { label: "Aktif", color: "green" },
  ended: { label: "Berakhir", color: "orange" },
  cancelled: { label: "Dibatalkan", color: "red" },
}
