/**
 * The storefront's one message catalogue: the Indonesian text a shopper sees
 * for each outcome, by code.
 *
 * Outcomes travel across a Post/Redirect/Get as a code in the URL, and the
 * page looks the code up here:
 *   ?error=<ErrorCode>      an alert on any page (Layout)
 *   ?info=<InfoCode>        a notice on any page (Layout)
 *   ?gb=<GroupBuyCode>      a Borong Bareng join/cancel outcome (deal page, account page)
 * An unknown error or Borong Bareng code falls back to the generic message, an
 * unknown info code to none: nothing a visitor types into the URL is echoed.
 *
 * The campaigns plugin refuses with stable codes (its published contract,
 * `@pasar-sleman/campaigns/contract`): `CAMPAIGN_ERRORS` gives each of them
 * the message shown for it. `satisfies Record<CampaignErrorCode, …>` makes
 * `astro check` fail as soon as the plugin adds a code without one here.
 */
import type { CampaignErrorCode } from "@pasar-sleman/campaigns/contract"

// ---------------------------------------------------------------------------
// ?error=

export const ERROR_MESSAGES = {
  stok_tidak_cukup: "Stok tidak mencukupi",
  produk_tidak_ditemukan: "Produk tidak ditemukan",
  keranjang_tidak_ditemukan: "Keranjang tidak ditemukan. Silakan tambahkan produk lagi.",
  keranjang_kosong: "Keranjang Anda masih kosong.",
  pesanan_tidak_ditemukan: "Pesanan tidak ditemukan",
  login_gagal: "Email atau kata sandi salah",
  terlalu_banyak_percobaan: "Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi nanti.",
  terlalu_banyak_pendaftaran: "Terlalu banyak pendaftaran akun dari alamat internet ini. Silakan coba lagi nanti.",
  email_terdaftar: "Email sudah terdaftar. Silakan masuk.",
  sesi_berakhir: "Sesi Anda telah berakhir. Silakan masuk kembali.",
  data_tidak_valid: "Data yang Anda isi tidak valid. Periksa kembali isian Anda.",
  data_belum_lengkap: "Mohon lengkapi semua isian yang wajib diisi.",
  kata_sandi_pendek: "Kata sandi minimal 8 karakter.",
  jumlah_tidak_valid: "Jumlah harus berupa bilangan bulat (angka tanpa koma, titik atau huruf), 1 atau lebih.",
  alamat_belum_diisi: "Isi email dan alamat pengiriman terlebih dahulu.",
  pengiriman_belum_dipilih: "Pilih metode pengiriman terlebih dahulu.",
  pembayaran_belum_dipilih: "Pilih metode pembayaran terlebih dahulu.",
  server_tidak_tersedia: "Server toko sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.",
  umum: "Terjadi kesalahan, silakan coba lagi.",
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const GENERIC_ERROR_MESSAGE: string = ERROR_MESSAGES.umum

const has = (table: object, key: unknown): boolean =>
  typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key)

export function isErrorCode(value: unknown): value is ErrorCode {
  return has(ERROR_MESSAGES, value)
}

/**
 * Message for a code read from the URL. `null`/empty → no alert;
 * an unknown code → the generic message.
 */
export function errorMessage(code: string | null | undefined): string | null {
  if (!code) return null
  return isErrorCode(code) ? ERROR_MESSAGES[code] : GENERIC_ERROR_MESSAGE
}

/** The throttle message with its wait, for `?error=terlalu_banyak_percobaan&tunggu=<seconds>`. */
export function throttledMessage(seconds: string | null | undefined): string {
  const n = Number(seconds)
  if (!seconds || !Number.isInteger(n) || n < 1 || n > 86_400) return ERROR_MESSAGES.terlalu_banyak_percobaan
  const wait = n < 60 ? `${n} detik` : `${Math.ceil(n / 60)} menit`
  return `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait}.`
}

// ---------------------------------------------------------------------------
// ?info=

export const INFO_MESSAGES = {
  ditambahkan: "Produk ditambahkan ke keranjang.",
  keranjang_diperbarui: "Keranjang diperbarui.",
  item_dihapus: "Produk dihapus dari keranjang.",
  masuk: "Anda berhasil masuk.",
  terdaftar: "Akun berhasil dibuat. Selamat datang di Pasar Sleman!",
  keluar: "Anda telah keluar.",
  alamat_disimpan: "Alamat pengiriman disimpan.",
  pengiriman_disimpan: "Metode pengiriman disimpan.",
  pembayaran_disimpan: "Metode pembayaran disimpan.",
} as const

export type InfoCode = keyof typeof INFO_MESSAGES

/** Message for an info code read from the URL; unknown or none → null (no notice). */
export function infoMessage(code: string | null | undefined): string | null {
  return has(INFO_MESSAGES, code) ? INFO_MESSAGES[code as InfoCode] : null
}

// ---------------------------------------------------------------------------
// ?gb=  (Borong Bareng join / cancel)

export const GROUP_BUY_MESSAGES = {
  bergabung: { kind: "info", text: "Anda sudah ikut! Pembayaran diotorisasi dan baru ditagih setelah Borong Bareng ditutup." },
  dibatalkan: { kind: "info", text: "Keikutsertaan Anda dibatalkan dan otorisasi pembayaran dilepas." },
  kuota: { kind: "error", text: "Kuota Borong Bareng tidak cukup untuk jumlah itu." },
  batas: { kind: "error", text: "Jumlah melebihi batas per pembeli untuk Borong Bareng ini." },
  jumlah: { kind: "error", text: "Jumlah harus bilangan bulat, 1 atau lebih." },
  belum_mulai: { kind: "error", text: "Borong Bareng ini belum dimulai." },
  tutup: { kind: "error", text: "Borong Bareng ini sudah ditutup." },
  alamat: { kind: "error", text: "Untuk pengiriman kurir, isi alamat pengiriman." },
  ramai: { kind: "error", text: "Sedang ramai, silakan coba lagi sebentar." },
  batal_gagal: { kind: "error", text: "Keikutsertaan ini tidak bisa dibatalkan lagi." },
  umum: { kind: "error", text: ERROR_MESSAGES.umum },
} as const

export type GroupBuyCode = keyof typeof GROUP_BUY_MESSAGES

export function groupBuyMessage(code: string | null | undefined): (typeof GROUP_BUY_MESSAGES)[GroupBuyCode] | null {
  if (!code) return null
  return has(GROUP_BUY_MESSAGES, code) ? GROUP_BUY_MESSAGES[code as GroupBuyCode] : GROUP_BUY_MESSAGES.umum
}

// ---------------------------------------------------------------------------
// The campaigns plugin's error codes → the message shown (by its ?gb= code).

export const CAMPAIGN_ERRORS = {
  // The join form's only field the plugin's schema checks that a shopper types
  // is the quantity (the address is sent only when filled in).
  "validation.invalid_body": "jumlah",

  "group_buy.not_found": "umum",
  "group_buy.not_open": "tutup",
  "group_buy.not_started": "belum_mulai",
  "group_buy.deadline_passed": "tutup",
  "group_buy.closed": "tutup",
  "group_buy.quota_exceeded": "kuota",
  "group_buy.per_customer_limit": "batas",
  "group_buy.invalid_quantity": "jumlah",
  "group_buy.busy": "ramai",
  "group_buy.shipping_address_required": "alamat",
  "group_buy.shipping_option_unknown": "umum",
  "group_buy.payment_not_authorized": "umum",
  "group_buy.participation_not_found": "batal_gagal",
  "group_buy.participation_not_cancellable": "batal_gagal",
  "group_buy.cancel_deadline_passed": "batal_gagal",
  // Admin and background refusals: a shopper never causes them.
  "group_buy.invalid_deal": "umum",
  "group_buy.not_editable": "umum",
  "group_buy.invalid_status": "umum",
  "group_buy.invalid_variant": "umum",
  "group_buy.settlement_failed": "umum",
  "group_buy.store_not_ready": "umum",

  // Great Sale refusals come from its admin API only.
  "great_sale.not_found": "umum",
  "great_sale.invalid_sale": "umum",
  "great_sale.overlap": "umum",
  "great_sale.invalid_status": "umum",
  "great_sale.invalid_price": "umum",
} as const satisfies Record<CampaignErrorCode, GroupBuyCode>

/** The ?gb= code for a code in an error body; undefined when it is not one of the plugin's. */
export function groupBuyCodeForError(code: string | null | undefined): GroupBuyCode | undefined {
  return has(CAMPAIGN_ERRORS, code) ? CAMPAIGN_ERRORS[code as CampaignErrorCode] : undefined
}
