/** Admin API calls for Borong Bareng (same origin, admin session cookie). */
export type Tier = { min_quantity: number; unit_price: number }
export type Deal = {
  id: string
  title: string
  description: string | null
  variant_id: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  tiers: Tier[]
  total_quantity: number
  current_unit_price: number
  next_tier: { min_quantity: number; unit_price: number; quantity_needed: number } | null
  normal_unit_price: number
  target_quantity: number
  max_per_customer: number
  max_total: number
  remaining: number
  participant_count: number
  starts_at: string
  ends_at: string
  status: "draft" | "open" | "succeeded" | "failed" | "cancelled"
  final_unit_price: number | null
}
export type DealDetail = Deal & {
  participations: {
    id: string
    quantity: number
    unit_price: number
    amount_authorized: number
    amount_captured: number
    amount_released: number
    final_unit_price: number | null
    order_id: string | null
    state: string
    customer: { id: string; email?: string; first_name?: string; last_name?: string }
  }[]
  summary: { participants: number; units: number; revenue: number; saved_vs_normal_price: number; authorized_open: number }
}

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

export const STATUS_LABEL: Record<Deal["status"], string> = {
  draft: "Draf",
  open: "Dibuka",
  succeeded: "Berhasil",
  failed: "Gagal (target tidak tercapai)",
  cancelled: "Dibatalkan",
}
export const STATUS_COLOR: Record<Deal["status"], "grey" | "blue" | "green" | "red" | "orange"> = {
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
