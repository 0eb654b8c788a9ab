import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"

type IndexInfo = { name: string; provider: string; status: string }

/**
 * Above the product list: the state of the product search index and a button
 * that rebuilds it from the catalogue (Medusa's POST /admin/search-indexes/:id/reindex).
 */
const SearchReindexWidget = () => {
  const [index, setIndex] = useState<IndexInfo | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    const res = await fetch("/admin/search-indexes", { credentials: "include" })
    if (!res.ok) return
    const body = await res.json()
    const list: IndexInfo[] = body.search_indexes ?? body.indexes ?? []
    setIndex(list.find((i) => i.name === "product") ?? null)
  }

  useEffect(() => {
    load().catch(() => undefined)
  }, [])

  const reindex = async () => {
    setBusy(true)
    try {
      const res = await fetch("/admin/search-indexes/product/reindex", {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({}),
      })
      if (!res.ok) throw new Error((await res.json()).message ?? res.statusText)
      toast.success("Indeks pencarian sedang dibangun ulang")
      setTimeout(() => load().catch(() => undefined), 1500)
    } catch (e: any) {
      toast.error(`Gagal membangun ulang indeks: ${e.message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">Indeks pencarian produk</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {index ? `Mesin: ${index.provider} · status: ${index.status}` : "Memuat status indeks…"}
        </Text>
      </div>
      <Button variant="secondary" size="small" isLoading={busy} onClick={reindex}>
        Bangun ulang indeks
      </Button>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default SearchReindexWidget
