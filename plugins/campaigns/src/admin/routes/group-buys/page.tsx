import { useEffect, useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DealProgress } from "../../components/deal-progress"
import type { GroupBuy } from "../../../contract"
import { api, formatRupiah, formatWib, STATUS_COLOR, STATUS_LABEL } from "../../lib/group-buy-api"

/** Borong Bareng: every deal with live progress (refreshed every 5 s). */
const GroupBuysPage = () => {
  const [deals, setDeals] = useState<GroupBuy[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const load = () => api<{ group_buys: GroupBuy[] }>("/admin/group-buys").then((r) => setDeals(r.group_buys), (e) => setError(e.message))
    load()
    const t = setInterval(load, 5000)
    return () => clearInterval(t)
  }, [])
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Borong Bareng</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to="/group-buys/create">Buat Borong Bareng</Link>
        </Button>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {deals && deals.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">Belum ada Borong Bareng.</Text>}
      {deals && deals.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Judul</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Kemajuan</Table.HeaderCell>
              <Table.HeaderCell>Harga sekarang</Table.HeaderCell>
              <Table.HeaderCell>Batas waktu</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {deals.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell><Link to={`/group-buys/${d.id}`}>{d.title}</Link></Table.Cell>
                <Table.Cell><Badge color={STATUS_COLOR[d.status]}>{STATUS_LABEL[d.status]}</Badge></Table.Cell>
                <Table.Cell className="min-w-[220px]"><DealProgress deal={d} /></Table.Cell>
                <Table.Cell>{formatRupiah(d.final_unit_price ?? d.current_unit_price)}</Table.Cell>
                <Table.Cell>{formatWib(d.ends_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Borong Bareng", icon: UserGroup })
export default GroupBuysPage
