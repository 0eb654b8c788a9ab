import { describe, expect, it } from "vitest"
import {
  countdownText,
  currentTierIndex,
  groupBuyCodeFrom,
  groupBuyMessage,
  nudgeText,
  progressPercent,
  targetText,
  whatsappShareUrl,
} from "./group-buy"

const deal = {
  title: "Salak Pondoh",
  tiers: [
    { min_quantity: 1, unit_price: 25000 },
    { min_quantity: 10, unit_price: 23000 },
  ],
  total_quantity: 7,
  current_unit_price: 25000,
  next_tier: { min_quantity: 10, unit_price: 23000, quantity_needed: 3 },
  target_quantity: 8,
  max_total: 50,
  final_unit_price: null,
}

describe("Borong Bareng display", () => {
  it("says how many more units lower the price", () => {
    expect(nudgeText(deal)).toBe("3 lagi untuk harga Rp 23.000")
    expect(nudgeText({ next_tier: null })).toBeNull()
  })
  it("measures progress toward the next tier", () => {
    expect(progressPercent(deal)).toBe(70)
    expect(progressPercent({ ...deal, next_tier: null, total_quantity: 60 })).toBe(100)
  })
  it("tells how far the target is", () => {
    expect(targetText(deal)).toBe("Butuh 1 unit lagi untuk mencapai target 8 unit")
    expect(targetText({ total_quantity: 8, target_quantity: 8 })).toBe("Target 8 unit tercapai!")
  })
  it("highlights the tier of the current (or final) price", () => {
    expect(currentTierIndex(deal)).toBe(0)
    expect(currentTierIndex({ ...deal, final_unit_price: 23000 })).toBe(1)
  })
  it("counts down to the deadline", () => {
    const now = new Date("2026-12-01T00:00:00Z")
    expect(countdownText("2026-12-03T03:04:30Z", now)).toBe("2 hari 3 jam 4 menit")
    expect(countdownText("2026-12-01T00:05:09Z", now)).toBe("5 menit 9 detik")
    expect(countdownText("2026-11-30T00:00:00Z", now)).toBe("Waktu habis")
  })
  it("prefills an Indonesian WhatsApp message with the link", () => {
    const url = whatsappShareUrl(deal, "https://pasarsleman.id/borong-bareng/gbuy_1")
    expect(url.startsWith("https://wa.me/?text=")).toBe(true)
    const text = decodeURIComponent(url.split("text=")[1])
    expect(text).toContain('Yuk ikut Borong Bareng "Salak Pondoh"')
    expect(text).toContain("Kurang 3 lagi supaya harganya turun jadi Rp 23.000")
    expect(text).toContain("https://pasarsleman.id/borong-bareng/gbuy_1")
  })
  it("maps backend messages to codes and never echoes unknown ones", () => {
    expect(groupBuyCodeFrom("Kuota tidak cukup: sisa 2 unit")).toBe("kuota")
    expect(groupBuyCodeFrom("Melebihi batas per pembeli (3 unit; sisa untuk Anda 1)")).toBe("batas")
    expect(groupBuyCodeFrom("Invalid request: Expected type: 'number' for field 'quantity'")).toBe("jumlah")
    expect(groupBuyCodeFrom("Data tidak sah: quantity — Jumlah harus berupa angka (bukan teks)")).toBe("jumlah")
    expect(groupBuyCodeFrom("Data tidak sah: shipping_address.address_1 — Alamat wajib diisi")).toBe("alamat")
    expect(groupBuyCodeFrom("Batas waktu Borong Bareng ini sudah lewat")).toBe("tutup")
    expect(groupBuyCodeFrom("<script>")).toBe("umum")
    expect(groupBuyMessage("<script>")?.text).toBe("Terjadi kesalahan, silakan coba lagi.")
    expect(groupBuyMessage(null)).toBeNull()
  })
})
