import { useCallback, useEffect, useState } from "react"
import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { DealForm } from "../../../components/deal-form"
import { DealProgress } from "../../../components/deal-progress"
import type { AdminGroupBuyDetail } from "../../../../contract"
import { api, formatRupiah, formatWib, STATE_LABEL, STATUS_COLOR, STATUS_LABEL } from "../../../lib/group-buy-api"

/** One deal: progress, tiers, participants; publish, close now, cancel (confirmed); outcome summary. */
const GroupBuyDetailPage = () => {
  const { id } = useParams()
  const prompt = usePrompt()
  const [deal, setDeal] = useState<AdminGroupBuyDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [editing, setEditing] = useState(false)

  const load = useCallback(() => api<{ group_buy: AdminGroupBuyDetail }>(`/admin/group-buys/${id}`).then((r) => setDeal(r.group_buy), (e) => setError(e.message)), [id])
  useEffect(() => {
    load()
    const t = setInterval(load, 5000)
    return () => clearInterval(t)
  }, [load])

  const act = async (action: "publish" | "close" | "cancel", confirm?: { title: string; description: string }) => {
    if (confirm && !(await prompt({ ...confirm, confirmText: "Ya, lanjutkan", cancelText: "Batal" }))) return
    setBusy(true)
    try {
      const { group_buy } = await api<{ group_buy: AdminGroupBuyDetail }>(`/admin/group-buys/${id}/${action}`, { method: "POST", body: {} })
      setDeal(group_buy)
      toast.success({ publish: "Borong Bareng diterbitkan", close: "Borong Bareng ditutup", cancel: "Borong Bareng dibatalkan" }[action])
    } catch (e: any) {
      toast.error(e.message)
    } finally {
      setBusy(false)
    }
  }

  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!deal) return <Container><Text>Memuat…</Text></Container>
  const closed = ["succeeded", "failed", "cancelled"].includes(deal.status)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 p-6">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h1">{deal.title}</Heading>
            <Text className="text-ui-fg-subtle">{deal.product?.title} · harga normal {formatRupiah(deal.normal_unit_price)}</Text>
          </div>
          <Badge color={STATUS_COLOR[deal.status]} data-testid="deal-status">{STATUS_LABEL[deal.status]}</Badge>
        </div>
        <DealProgress deal={deal} />
        <Text>
          Harga {deal.final_unit_price != null ? "akhir" : "sekarang"}: <strong>{formatRupiah(deal.final_unit_price ?? deal.current_unit_price)}</strong> ·
          mulai {formatWib(deal.starts_at)} · batas waktu {formatWib(deal.ends_at)} · maks. {deal.max_per_customer}/pembeli · kuota {deal.max_total} (sisa {deal.remaining})
        </Text>
        <div className="flex gap-x-2">
          {deal.status === "draft" && <Button size="small" onClick={() => act("publish")} isLoading={busy}>Terbitkan</Button>}
          {deal.status === "draft" && <Button size="small" variant="secondary" onClick={() => setEditing(!editing)}>Ubah</Button>}
          {deal.status === "open" && (
            <Button
              size="small"
              onClick={() => act("close", { title: "Tutup sekarang?", description: "Target dihitung sekarang: tercapai → semua peserta ditagih harga akhir; tidak tercapai → semua pesanan dibatalkan." })}
              isLoading={busy}
            >
              Tutup sekarang
            </Button>
          )}
          {!closed && (
            <Button
              size="small"
              variant="danger"
              onClick={() => act("cancel", { title: "Batalkan Borong Bareng?", description: "Semua pesanan peserta dibatalkan dan otorisasi pembayaran dilepas. Tidak bisa diurungkan." })}
              isLoading={busy}
            >
              Batalkan
            </Button>
          )}
        </div>
        {editing && deal.status === "draft" && (
          <DealForm deal={deal} onSaved={() => { setEditing(false); load() }} />
        )}
      </Container>

      <Container className="p-6">
        <Heading level="h2">Tingkat harga</Heading>
        <ul className="mt-2">
          {deal.tiers.map((t) => (
            <li key={t.min_quantity}>
              <Text>mulai {t.min_quantity} unit → {formatRupiah(t.unit_price)}</Text>
            </li>
          ))}
        </ul>
      </Container>

      {closed && (
        <Container className="p-6" data-testid="deal-summary">
          <Heading level="h2">Hasil</Heading>
          <div className="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4">
            <Text>Peserta ditagih: <strong>{deal.summary.participants}</strong></Text>
            <Text>Unit terjual: <strong>{deal.summary.units}</strong></Text>
            <Text>Pendapatan: <strong>{formatRupiah(deal.summary.revenue)}</strong></Text>
            <Text>Hemat pembeli vs harga normal: <strong>{formatRupiah(deal.summary.saved_vs_normal_price)}</strong></Text>
          </div>
        </Container>
      )}

      <Container className="p-0">
        <div className="px-6 py-4"><Heading level="h2">Peserta ({deal.participations.length})</Heading></div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Pembeli</Table.HeaderCell>
              <Table.HeaderCell>Jumlah</Table.HeaderCell>
              <Table.HeaderCell>Harga diotorisasi</Table.HeaderCell>
              <Table.HeaderCell>Otorisasi</Table.HeaderCell>
              <Table.HeaderCell>Ditagih</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Pesanan</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {deal.participations.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{[p.customer.first_name, p.customer.last_name].filter(Boolean).join(" ") || "-"} <span className="text-ui-fg-subtle">{p.customer.email}</span></Table.Cell>
                <Table.Cell>{p.quantity}</Table.Cell>
                <Table.Cell>{formatRupiah(p.unit_price)}</Table.Cell>
                <Table.Cell>{formatRupiah(p.amount_authorized)}</Table.Cell>
                <Table.Cell>{formatRupiah(p.amount_captured)}</Table.Cell>
                <Table.Cell>{STATE_LABEL[p.state] ?? p.state}</Table.Cell>
                <Table.Cell>{p.order_id ? <a className="text-ui-fg-interactive" href={`/app/orders/${p.order_id}`}>{p.order_id.slice(-8)}</a> : "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}
export default GroupBuyDetailPage
