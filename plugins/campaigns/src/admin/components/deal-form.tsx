import { useEffect, useMemo, useState } from "react"
import { Button, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { dealProblems } from "../../domain/group-buy/deal-problems"
import type { GroupBuy, GroupBuyTier } from "../../contract"
import { api, formatRupiah } from "../lib/group-buy-api"

type VariantChoice = { id: string; label: string; price: number | null; stock: number | null }

const toLocal = (iso: string) => {
  const d = new Date(iso)
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16)
}

/** Create / edit a deal: variant, tier editor, dates, target and caps; problems shown before saving. */
export const DealForm = ({ deal, onSaved }: { deal?: GroupBuy; onSaved: (d: GroupBuy) => void }) => {
  const [variants, setVariants] = useState<VariantChoice[]>([])
  const [variantId, setVariantId] = useState(deal?.variant_id ?? "")
  const [title, setTitle] = useState(deal?.title ?? "")
  const [description, setDescription] = useState(deal?.description ?? "")
  const [tiers, setTiers] = useState<GroupBuyTier[]>(deal?.tiers ?? [{ min_quantity: 1, unit_price: 0 }])
  const [startsAt, setStartsAt] = useState(toLocal(deal?.starts_at ?? new Date().toISOString()))
  const [endsAt, setEndsAt] = useState(toLocal(deal?.ends_at ?? new Date(Date.now() + 7 * 864e5).toISOString()))
  const [target, setTarget] = useState(deal?.target_quantity ?? 10)
  const [perCustomer, setPerCustomer] = useState(deal?.max_per_customer ?? 5)
  const [cap, setCap] = useState(deal?.max_total ?? 50)
  const [serverError, setServerError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    api<{ products: any[] }>(
      "/admin/products?limit=200&fields=id,title,variants.id,variants.title,variants.sku,variants.prices.amount,variants.prices.currency_code,variants.inventory_quantity"
    )
      .then(({ products }) =>
        setVariants(
          products.flatMap((p) =>
            (p.variants ?? []).map((v: any) => ({
              id: v.id,
              label: `${p.title} — ${v.title} (${v.sku ?? ""})`,
              price: (v.prices ?? []).find((x: any) => x.currency_code === "idr")?.amount ?? null,
              stock: v.inventory_quantity ?? null,
            }))
          )
        )
      )
      .catch((e) => setServerError(e.message))
  }, [])

  const variant = variants.find((v) => v.id === variantId)
  const body = {
    variant_id: variantId,
    title,
    description: description || null,
    tiers,
    starts_at: new Date(startsAt).toISOString(),
    ends_at: new Date(endsAt).toISOString(),
    target_quantity: target,
    max_per_customer: perCustomer,
    max_total: cap,
  }
  const problems = useMemo(() => {
    const list = dealProblems(body, {
      normal_price: variant?.price ?? Number.MAX_SAFE_INTEGER,
      stock: variant?.stock ?? Number.MAX_SAFE_INTEGER,
      now: new Date(),
    })
    if (!variantId) list.unshift("Pilih varian produk")
    if (!title.trim()) list.unshift("Judul wajib diisi")
    return list
  }, [JSON.stringify(body), variant])

  const setTier = (i: number, key: keyof GroupBuyTier, value: string) =>
    setTiers(tiers.map((t, k) => (k === i ? { ...t, [key]: Number(value) } : t)))

  const save = async () => {
    setSaving(true)
    setServerError(null)
    try {
      const { group_buy } = await api<{ group_buy: GroupBuy }>(deal ? `/admin/group-buys/${deal.id}` : "/admin/group-buys", {
        method: "POST",
        body,
      })
      onSaved(group_buy)
    } catch (e: any) {
      setServerError(e.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-4" data-testid="deal-form">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="gb-variant">Varian produk</Label>
        <Select value={variantId} onValueChange={setVariantId}>
          <Select.Trigger id="gb-variant"><Select.Value placeholder="Pilih varian" /></Select.Trigger>
          <Select.Content>
            {variants.map((v) => (
              <Select.Item key={v.id} value={v.id}>{v.label}</Select.Item>
            ))}
          </Select.Content>
        </Select>
        {variant && (
          <Text size="small" className="text-ui-fg-subtle">
            Harga normal {formatRupiah(variant.price)} · stok {variant.stock ?? "-"}
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="gb-title">Judul</Label>
        <Input id="gb-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="gb-desc">Deskripsi</Label>
        <Textarea id="gb-desc" value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <fieldset className="flex flex-col gap-y-2">
        <Label>Tingkat harga (jumlah total kelompok → harga per unit)</Label>
        {tiers.map((t, i) => (
          <div key={i} className="flex items-center gap-x-2" data-testid="tier-row">
            <Input aria-label={`Jumlah minimum tingkat ${i + 1}`} type="number" value={t.min_quantity} onChange={(e) => setTier(i, "min_quantity", e.target.value)} />
            <Input aria-label={`Harga tingkat ${i + 1}`} type="number" value={t.unit_price} onChange={(e) => setTier(i, "unit_price", e.target.value)} />
            <Button variant="transparent" size="small" onClick={() => setTiers(tiers.filter((_, k) => k !== i))} disabled={tiers.length === 1}>
              Hapus
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          size="small"
          onClick={() => {
            const last = tiers[tiers.length - 1]
            setTiers([...tiers, { min_quantity: (last?.min_quantity ?? 0) + 10, unit_price: Math.max((last?.unit_price ?? 0) - 1000, 0) }])
          }}
        >
          Tambah tingkat
        </Button>
      </fieldset>
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gb-start">Mulai</Label>
          <Input id="gb-start" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gb-end">Batas waktu</Label>
          <Input id="gb-end" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gb-target">Target (unit)</Label>
          <Input id="gb-target" type="number" value={target} onChange={(e) => setTarget(Number(e.target.value))} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gb-per">Maks. per pembeli</Label>
          <Input id="gb-per" type="number" value={perCustomer} onChange={(e) => setPerCustomer(Number(e.target.value))} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gb-cap">Kuota total</Label>
          <Input id="gb-cap" type="number" value={cap} onChange={(e) => setCap(Number(e.target.value))} />
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="text-ui-fg-error list-disc pl-5" data-testid="deal-problems">
          {problems.map((p) => (
            <li key={p}><Text size="small">{p}</Text></li>
          ))}
        </ul>
      )}
      {serverError && <Text className="text-ui-fg-error" data-testid="deal-server-error">{serverError}</Text>}
      <div>
        <Button onClick={save} isLoading={saving} disabled={problems.length > 0}>
          {deal ? "Simpan perubahan" : "Simpan sebagai draf"}
        </Button>
      </div>
    </div>
  )
}
