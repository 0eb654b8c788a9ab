/**
 * The one place that formats money for display.
 *
 * Medusa v2 returns IDR amounts as whole rupiah (150000 = Rp 150.000).
 * Intl's `style: "currency"` would emit "Rp 150.000,00" with a non-breaking
 * space, so the prefix is added by hand and only the number is localised.
 */
const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 })

export function formatRupiah(amount: number): string {
  const value = Number.isFinite(amount) ? Math.round(amount) : 0
  // Math.round(-0.4) is -0; never print "Rp -0".
  const abs = Math.abs(value)
  const digits = numberFormat.format(abs)
  return value < 0 ? `-Rp ${digits}` : `Rp ${digits}`
}

/** Shipping-style price: 0 reads "Gratis". */
export function formatRupiahOrFree(amount: number | null | undefined): string {
  if (!amount) return "Gratis"
  return formatRupiah(amount)
}
