/** Admin API calls for Borong Bareng (same origin, admin session cookie). */
import type { GroupBuyStatus } from "../../contract"

export async function api<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data?.message ?? `Permintaan gagal (${res.status})`)
  return data as T
}

const rupiah = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 })
export const formatRupiah = (n: number | null | undefined) => (n == null ? "-" : `Rp ${rupiah.format(n)}`)

const wib = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" })
export const formatWib = (s: string) => `${wib.format(new Date(s))} WIB`

export const STATUS_LABEL: Record<GroupBuyStatus, string> = {
  draft: "Draf",
  open: "Dibuka",
  succeeded: "Berhasil",
  failed: "Gagal (target tidak tercapai)",
  cancelled: "Dibatalkan",
}
export const STATUS_COLOR: Record<GroupBuyStatus, "grey" | "blue" | "green" | "red" | "orange"> = {
  draft: "grey",
  open: "blue",
  succeeded: "green",
  failed: "orange",
  cancelled: "red",
}
export const STATE_LABEL: Record<string, string> = {
  pending: "Diproses",
  active: "Menunggu hasil",
  cancelled: "Dibatalkan pembeli",
  captured: "Ditagih",
  released: "Dilepas",
}
