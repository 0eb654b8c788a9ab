/**
 * Synthetic Indonesian-like catalogue for the search benchmark: deterministic
 * (a seeded generator), so every run measures the same documents.
 */
const PRODUCTS = ["Batik Tulis", "Batik Cap", "Kemeja Batik", "Kain Lurik", "Salak Pondoh", "Keripik Salak", "Keripik Tempe",
  "Kopi Arabika", "Kopi Robusta", "Bakpia", "Geplak", "Madu Klanceng", "Emping Melinjo", "Wedang Uwuh", "Dodol Salak",
  "Jenang Ketan", "Keranjang Bambu", "Tampah Bambu", "Besek Bambu", "Tas Kulit", "Dompet Kulit", "Kendi Gerabah",
  "Vas Gerabah", "Cobek Batu", "Wayang Kulit", "Topeng Kayu", "Masker Kain", "Jamu Kunyit", "Minyak Sereh", "Sabun Herbal",
  "Blus Batik", "Sarung Tenun", "Selendang Batik", "Caping Bambu", "Gantungan Kunci", "Tikar Pandan"]
const MOTIFS = ["Parang", "Kawung", "Truntum", "Sekar Jagad", "Ceplok", "Semarak Salak", "Sidomukti", "Grompol", "Klitik",
  "Merapi", "Godean", "Prambanan", "Kaliurang", "Turi", "Pakem", "Cangkringan", "Sleman", "Seyegan", "Minggir", "Moyudan"]
const ADJ = ["Original", "Super", "Premium", "Klasik", "Modern", "Halus", "Tradisional", "Asli", "Manis", "Pedas", "Sogan",
  "Indigo", "Merah", "Hijau", "Kuning", "Besar", "Kecil", "Anak", "Pria", "Wanita", "Isi 10", "250 gram", "500 ml"]
const WORDS = ["buatan", "perajin", "lokal", "dari", "lereng", "merapi", "dengan", "pewarna", "alami", "khas", "kabupaten",
  "sleman", "cocok", "untuk", "oleh-oleh", "hadiah", "keluarga", "tahan", "lama", "dikemas", "rapi", "bahan", "pilihan",
  "tangan", "terampil", "desa", "wisata", "tradisi", "turun", "temurun", "kualitas", "ekspor", "harga", "terjangkau"]
const CATEGORIES = ["Batik", "Kuliner", "Kerajinan", "Kesehatan"]
const SELLERS = Array.from({ length: 60 }, (_, i) => `IKM ${MOTIFS[i % MOTIFS.length]} ${i + 1}`)

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 4294967296
  }
}

export function* syntheticProducts(n: number, channelId: string) {
  const r = rng(42)
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]
  const base = Date.parse("2026-01-01T00:00:00Z")
  for (let i = 0; i < n; i++) {
    const product = pick(PRODUCTS)
    const title = `${product} ${pick(MOTIFS)} ${pick(ADJ)}`
    const price = Math.round((10000 + r() * 990000) / 100) * 100
    const onSale = r() < 0.1
    yield {
      id: `bench_${String(i).padStart(7, "0")}`,
      title,
      subtitle: `${pick(ADJ)} ${pick(MOTIFS)}`,
      description: Array.from({ length: 14 }, () => pick(WORDS)).join(" ") + ` ${product.toLowerCase()}`,
      handle: `bench-${i}`,
      thumbnail: null,
      status: "published",
      created_at: new Date(base + i * 60_000).toISOString(),
      sales_channel_ids: [channelId],
      category_names: [pick(CATEGORIES)],
      category_handles: [],
      collection: null,
      tags: [],
      seller: pick(SELLERS),
      skus: [`BN-${i}`],
      price: onSale ? Math.round(price * 0.8) : price,
      original_price: price,
      on_sale: onSale,
      in_stock: r() > 0.05,
    }
  }
}
