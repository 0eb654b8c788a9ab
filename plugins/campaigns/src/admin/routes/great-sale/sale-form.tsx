import { Alert, Button, Checkbox, Container, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { percentProblem } from "../../../domain/great-sale/bounds"
import { batikTree } from "../../../domain/great-sale/category-tree"
import { dateToWibInput, wibInputToDate } from "../../../domain/great-sale/wib"
import { adminFetch } from "../../lib/api"
import type { AdminGreatSale as GreatSale, AdminGreatSaleResponse } from "../../../contract/great-sale"

type Category = { id: string; name: string; handle: string; parent_category_id: string | null }
type Product = { id: string; title: string; categories?: { id: string }[] }

const percentError = (raw: string, label: string) => {
  if (raw.trim() === "") return `${label} wajib diisi`
  return percentProblem(Number(raw), label) ? `${label} harus bilangan bulat 10–30` : null
}

/** Create / edit form: bounds and batik-only scope checked live, server errors shown here too. */
export function SaleForm({ sale, onDone, onCancel }: { sale?: GreatSale; onDone: (id: string) => void; onCancel: () => void }) {
  const [categories, setCategories] = useState<Category[]>([])
  const [products, setProducts] = useState<Product[]>([])
  const [name, setName] = useState(sale?.name ?? "")
  const [description, setDescription] = useState(sale?.description ?? "")
  const [percent, setPercent] = useState(String(sale?.discount_percent ?? 20))
  const [startsAt, setStartsAt] = useState(sale ? dateToWibInput(sale.starts_at) : dateToWibInput(new Date()))
  const [endsAt, setEndsAt] = useState(sale ? dateToWibInput(sale.ends_at) : dateToWibInput(new Date(Date.now() + 14 * 864e5)))
  const [categoryIds, setCategoryIds] = useState<string[]>(sale?.category_ids ?? [])
  const [productIds, setProductIds] = useState<string[]>(sale?.product_ids ?? [])
  const [overrides, setOverrides] = useState<Record<string, string>>(
    Object.fromEntries((sale?.overrides ?? []).map((o) => [o.product_id, String(o.discount_percent)]))
  )
  const [filter, setFilter] = useState("")
  const [serverError, setServerError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    adminFetch<{ product_categories: Category[] }>(`/admin/product-categories?limit=500&fields=id,name,handle,parent_category_id`).then((d) =>
      setCategories(d.product_categories)
    )
    adminFetch<{ products: Product[] }>(`/admin/products?limit=1000&fields=id,title,categories.id&order=title`).then((d) => setProducts(d.products))
  }, [])

  const batik = useMemo(() => batikTree(categories), [categories])
  const batikProducts = useMemo(
    () => products.filter((p) => (p.categories ?? []).some((c) => batik.has(c.id))),
    [products, batik]
  )
  const shown = batikProducts.filter((p) => p.title.toLowerCase().includes(filter.toLowerCase()))

  const errors: Record<string, string | null> = {
    name: name.trim() ? null : "Nama wajib diisi",
    percent: percentError(percent, "Diskon"),
    dates: !startsAt || !endsAt
      ? "Isi tanggal mulai dan berakhir"
      : wibInputToDate(endsAt) <= wibInputToDate(startsAt)
        ? "Waktu berakhir harus setelah waktu mulai"
        : wibInputToDate(endsAt) <= new Date()
          ? "Waktu berakhir sudah lewat"
          : null,
    scope: categoryIds.length || productIds.length ? null : "Pilih minimal satu kategori atau produk batik",
    ...Object.fromEntries(
      Object.entries(overrides)
        .filter(([, v]) => v.trim() !== "")
        .map(([pid, v]) => [`override-${pid}`, percentError(v, "Diskon khusus")])
    ),
  }
  const invalid = Object.values(errors).some(Boolean)

  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

  async function submit(e: React.FormEvent) {
    e.preventDefault()
    setServerError(null)
    setSaving(true)
    const body = {
      name: name.trim(),
      description: description.trim() || null,
      discount_percent: Number(percent),
      starts_at: wibInputToDate(startsAt).toISOString(),
      ends_at: wibInputToDate(endsAt).toISOString(),
      category_ids: categoryIds,
      product_ids: productIds,
      overrides: Object.entries(overrides)
        .filter(([pid, v]) => v.trim() !== "" && productIds.includes(pid))
        .map(([product_id, v]) => ({ product_id, discount_percent: Number(v) })),
    }
    try {
      const { great_sale } = await adminFetch<AdminGreatSaleResponse>(sale ? `/admin/great-sales/${sale.id}` : `/admin/great-sales`, {
        method: "POST",
        body,
      })
      onDone(great_sale.id)
    } catch (err: any) {
      setServerError(err.message)
    } finally {
      setSaving(false)
    }
  }

  const fieldError = (msg: string | null | undefined) =>
    msg ? (
      <Text size="small" className="text-ui-fg-error" role="alert">
        {msg}
      </Text>
    ) : null

  return (
    <Container className="p-0 divide-y">
      <div className="px-6 py-4">
        <Heading level="h2">{sale ? `Ubah Great Sale: ${sale.name}` : "Buat Great Sale"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hanya produk batik (kategori Batik dan turunannya). Diskon bilangan bulat 10–30%. Waktu dalam WIB (Asia/Jakarta).
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-4 px-6 py-4" noValidate>
        {serverError && (
          <Alert variant="error" dismissible={false}>
            {serverError}
          </Alert>
        )}
        <div className="flex flex-col gap-1">
          <Label htmlFor="gs-name">Nama</Label>
          <Input id="gs-name" value={name} onChange={(e) => setName(e.target.value)} />
          {fieldError(errors.name)}
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="gs-description">Deskripsi</Label>
          <Textarea id="gs-description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="gs-percent">Diskon (%)</Label>
          <Input id="gs-percent" type="number" min={10} max={30} step={1} value={percent} onChange={(e) => setPercent(e.target.value)} />
          {fieldError(errors.percent)}
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor="gs-starts">Mulai (WIB)</Label>
            <Input id="gs-starts" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="gs-ends">Berakhir (WIB)</Label>
            <Input id="gs-ends" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          </div>
        </div>
        {fieldError(errors.dates)}
        <fieldset className="flex flex-col gap-2">
          <legend className="txt-compact-small-plus mb-2">Kategori</legend>
          {categories.map((c) => {
            const eligible = batik.has(c.id)
            return (
              <div key={c.id} className="flex items-center gap-2">
                <Checkbox
                  id={`gs-cat-${c.id}`}
                  disabled={!eligible}
                  checked={categoryIds.includes(c.id)}
                  onCheckedChange={() => toggle(categoryIds, setCategoryIds, c.id)}
                />
                <Label htmlFor={`gs-cat-${c.id}`} className={eligible ? "" : "text-ui-fg-disabled"}>
                  {c.name}
                  {eligible ? "" : " (bukan batik — tidak bisa ikut)"}
                </Label>
              </div>
            )
          })}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className="txt-compact-small-plus mb-2">Produk batik (opsional: diskon khusus per produk)</legend>
          <Input placeholder="Cari produk batik" aria-label="Cari produk batik" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <div className="flex max-h-80 flex-col gap-2 overflow-y-auto">
            {shown.map((p) => (
              <div key={p.id} className="flex items-center gap-2">
                <Checkbox id={`gs-prod-${p.id}`} checked={productIds.includes(p.id)} onCheckedChange={() => toggle(productIds, setProductIds, p.id)} />
                <Label htmlFor={`gs-prod-${p.id}`} className="flex-1">
                  {p.title}
                </Label>
                {productIds.includes(p.id) && (
                  <div className="flex items-center gap-1">
                    <Input
                      aria-label={`Diskon khusus ${p.title} (%)`}
                      className="w-24"
                      type="number"
                      placeholder="%"
                      value={overrides[p.id] ?? ""}
                      onChange={(e) => setOverrides({ ...overrides, [p.id]: e.target.value })}
                    />
                    {fieldError(errors[`override-${p.id}`])}
                  </div>
                )}
              </div>
            ))}
          </div>
        </fieldset>
        {fieldError(errors.scope)}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onCancel}>
            Batal
          </Button>
          <Button type="submit" disabled={invalid || saving} isLoading={saving}>
            {sale ? "Simpan perubahan" : "Simpan draf"}
          </Button>
        </div>
      </form>
    </Container>
  )
}
