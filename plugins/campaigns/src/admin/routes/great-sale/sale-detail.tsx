import { Alert, Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"
import { rupiah, STATUS_LABEL, wib } from "../../lib/format"
import type {
  AdminGreatSaleDetail as GreatSale,
  AdminGreatSalePreviewResponse,
  AdminGreatSalePreviewVariant as PreviewRow,
  AdminGreatSaleReport as Report,
  AdminGreatSaleReportResponse,
  AdminGreatSaleResponse,
} from "../../../contract/great-sale"

/** One sale: facts, preview per variant, activate / cancel (confirmed), report. */
export function SaleDetail({ id, onBack, onEdit }: { id: string; onBack: () => void; onEdit: (sale: GreatSale) => void }) {
  const [sale, setSale] = useState<GreatSale | null>(null)
  const [preview, setPreview] = useState<PreviewRow[]>([])
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const prompt = usePrompt()

  const load = useCallback(async () => {
    const [s, p, r] = await Promise.all([
      adminFetch<AdminGreatSaleResponse>(`/admin/great-sales/${id}`),
      adminFetch<AdminGreatSalePreviewResponse>(`/admin/great-sales/${id}/preview`),
      adminFetch<AdminGreatSaleReportResponse>(`/admin/great-sales/${id}/report`),
    ])
    setSale(s.great_sale)
    setPreview(p.variants)
    setReport(r.report)
  }, [id])

  useEffect(() => {
    load().catch((e) => setError(e.message))
  }, [load])

  async function act(action: "activate" | "cancel") {
    const confirmed = await prompt({
      title: action === "activate" ? "Aktifkan Great Sale?" : "Batalkan Great Sale?",
      description:
        action === "activate"
          ? `Harga sale untuk ${preview.length} varian berlaku dari ${wib(sale!.starts_at)} sampai ${wib(sale!.ends_at)}.`
          : "Harga normal langsung berlaku lagi. Great Sale yang dibatalkan tidak bisa diaktifkan kembali.",
      confirmText: action === "activate" ? "Aktifkan" : "Ya, batalkan",
      cancelText: "Kembali",
    })
    if (!confirmed) return
    setBusy(true)
    setError(null)
    try {
      await adminFetch(`/admin/great-sales/${id}/${action}`, { method: "POST", body: {} })
      toast.success(action === "activate" ? "Great Sale diaktifkan" : "Great Sale dibatalkan")
      await load()
    } catch (e: any) {
      setError(e.message)
    } finally {
      setBusy(false)
    }
  }

  if (!sale) return <Container>{error ? <Alert variant="error">{error}</Alert> : <Text>Memuat…</Text>}</Container>
  const status = STATUS_LABEL[sale.status]
  const editable = ["draft", "scheduled", "active"].includes(sale.status)

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-col gap-3">
        <div className="flex items-center justify-between">
          <div className="flex items-center gap-3">
            <Heading level="h2">{sale.name}</Heading>
            <StatusBadge color={status.color}>{status.label}</StatusBadge>
          </div>
          <div className="flex gap-2">
            <Button variant="transparent" onClick={onBack}>
              Kembali ke daftar
            </Button>
            {editable && (
              <Button variant="secondary" onClick={() => onEdit(sale)}>
                Ubah
              </Button>
            )}
            {sale.status === "draft" && (
              <Button onClick={() => act("activate")} isLoading={busy}>
                Aktifkan
              </Button>
            )}
            {editable && (
              <Button variant="danger" onClick={() => act("cancel")} isLoading={busy}>
                Batalkan
              </Button>
            )}
          </div>
        </div>
        {error && <Alert variant="error">{error}</Alert>}
        {sale.description && <Text>{sale.description}</Text>}
        <Text size="small">
          Diskon {sale.discount_range.min === sale.discount_range.max ? `${sale.discount_percent}%` : `${sale.discount_range.min}–${sale.discount_range.max}%`} ·{" "}
          {wib(sale.starts_at)} sampai {wib(sale.ends_at)}
        </Text>
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h3">Laporan</Heading>
        </div>
        {report && (
          <dl className="grid grid-cols-4 gap-4 px-6 pb-4" aria-label="Laporan Great Sale">
            <div>
              <dt className="text-ui-fg-subtle txt-small">Pesanan</dt>
              <dd>{report.orders}</dd>
            </div>
            <div>
              <dt className="text-ui-fg-subtle txt-small">Unit terjual</dt>
              <dd>{report.units_sold}</dd>
            </div>
            <div>
              <dt className="text-ui-fg-subtle txt-small">Pendapatan</dt>
              <dd>{rupiah(report.revenue)}</dd>
            </div>
            <div>
              <dt className="text-ui-fg-subtle txt-small">Total diskon</dt>
              <dd>{rupiah(report.total_discount)}</dd>
            </div>
          </dl>
        )}
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h3">Pratinjau harga ({preview.length} varian)</Heading>
        </div>
        <Table aria-label="Pratinjau harga">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Produk</Table.HeaderCell>
              <Table.HeaderCell>Varian</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Harga normal</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Harga sale</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Diskon</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {preview.map((row) => (
              <Table.Row key={row.variant_id}>
                <Table.Cell>{row.product_title}</Table.Cell>
                <Table.Cell>{row.variant_title}</Table.Cell>
                <Table.Cell className="text-right">{rupiah(row.normal_price)}</Table.Cell>
                <Table.Cell className="text-right">{rupiah(row.sale_price)}</Table.Cell>
                <Table.Cell className="text-right">-{row.discount_percent}%</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}
