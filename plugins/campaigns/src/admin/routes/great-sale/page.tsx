import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"
import { STATUS_LABEL, wib } from "../../lib/format"
import { SaleDetail } from "./sale-detail"
import { SaleForm } from "./sale-form"
import type { AdminGreatSale as GreatSale, AdminGreatSaleListResponse } from "../../../contract/great-sale"

type View = { kind: "list" } | { kind: "form"; sale?: GreatSale } | { kind: "detail"; id: string }

/** Great Sale Batik Sleman: list, create/edit, preview, activate, cancel, report. */
const GreatSalePage = () => {
  const [view, setView] = useState<View>({ kind: "list" })
  const [sales, setSales] = useState<GreatSale[] | null>(null)

  const load = useCallback(() => {
    adminFetch<AdminGreatSaleListResponse>(`/admin/great-sales`).then((d) => setSales(d.great_sales))
  }, [])
  useEffect(() => {
    if (view.kind === "list") load()
  }, [view, load])

  if (view.kind === "form") {
    return <SaleForm sale={view.sale} onDone={(id) => setView({ kind: "detail", id })} onCancel={() => setView({ kind: "list" })} />
  }
  if (view.kind === "detail") {
    return <SaleDetail id={view.id} onBack={() => setView({ kind: "list" })} onEdit={(sale) => setView({ kind: "form", sale })} />
  }
  return (
    <Container className="p-0 divide-y">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Great Sale Batik Sleman</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Diskon 10–30% untuk batik Sleman. Waktu dalam WIB.
          </Text>
        </div>
        <Button onClick={() => setView({ kind: "form" })}>Buat Great Sale</Button>
      </div>
      <Table aria-label="Daftar Great Sale">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Nama</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Mulai</Table.HeaderCell>
            <Table.HeaderCell>Berakhir</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Diskon</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(sales ?? []).map((s) => (
            <Table.Row key={s.id} className="cursor-pointer" onClick={() => setView({ kind: "detail", id: s.id })}>
              <Table.Cell>
                <button type="button" className="text-ui-fg-interactive" onClick={() => setView({ kind: "detail", id: s.id })}>
                  {s.name}
                </button>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_LABEL[s.status].color}>{STATUS_LABEL[s.status].label}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{wib(s.starts_at)}</Table.Cell>
              <Table.Cell>{wib(s.ends_at)}</Table.Cell>
              <Table.Cell className="text-right">
                {s.discount_range.min === s.discount_range.max ? `${s.discount_percent}%` : `${s.discount_range.min}–${s.discount_range.max}%`}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {sales?.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">Belum ada Great Sale.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Great Sale",
  icon: ReceiptPercent,
})

export default GreatSalePage
