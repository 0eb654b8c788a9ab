import { describe, expect, it } from "vitest"
import { GROUP_BUY_ERRORS, VALIDATION_ERRORS } from "@pasar-sleman/campaigns/contract"
import { BackendError, backendErrorFrom } from "~/lib/backend-error"
import { groupBuyMessage } from "~/lib/messages"
import {
  countdownText,
  currentTierIndex,
  groupBuyCodeFromApi,
  nudgeText,
  parseJoinForm,
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
  it("maps refusals by the error body's code, never by the backend's words", async () => {
    // What backendFetch throws for the plugin's error bodies.
    const refusal = (status: number, type: string, code: string | undefined, message = "dibaca hanya untuk log") =>
      new BackendError(message, { status, type, code })
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.QUOTA_EXCEEDED))).toBe("kuota")
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.PER_CUSTOMER_LIMIT))).toBe("batas")
    expect(groupBuyCodeFromApi(refusal(400, "invalid_data", VALIDATION_ERRORS.INVALID_BODY))).toBe("jumlah")
    expect(groupBuyCodeFromApi(refusal(400, "invalid_data", GROUP_BUY_ERRORS.INVALID_QUANTITY))).toBe("jumlah")
    expect(groupBuyCodeFromApi(refusal(400, "invalid_data", GROUP_BUY_ERRORS.SHIPPING_ADDRESS_REQUIRED))).toBe("alamat")
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.NOT_STARTED))).toBe("belum_mulai")
    for (const closed of [GROUP_BUY_ERRORS.DEADLINE_PASSED, GROUP_BUY_ERRORS.NOT_OPEN, GROUP_BUY_ERRORS.CLOSED]) {
      expect(groupBuyCodeFromApi(refusal(400, "not_allowed", closed))).toBe("tutup")
    }
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.BUSY))).toBe("ramai")
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.PARTICIPATION_NOT_CANCELLABLE))).toBe("batal_gagal")
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", GROUP_BUY_ERRORS.CANCEL_DEADLINE_PASSED))).toBe("batal_gagal")
    // The words alone mean nothing any more; unknown or missing codes → the generic message.
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", undefined, "Kuota tidak cukup: sisa 2 unit"))).toBe("umum")
    expect(groupBuyCodeFromApi(refusal(500, "unknown_error", "unknown_error"))).toBe("umum")
    expect(groupBuyCodeFromApi(refusal(400, "not_allowed", "toString"))).toBe("umum")
    expect(groupBuyCodeFromApi(new TypeError("fetch failed"))).toBe("umum")
    // The same, read from a response body the way backendFetch reads it.
    const body = { type: "not_allowed", code: GROUP_BUY_ERRORS.QUOTA_EXCEEDED, message: "Kuota tidak cukup: sisa 2 unit" }
    const err = await backendErrorFrom(new Response(JSON.stringify(body), { status: 400 }))
    expect(groupBuyCodeFromApi(err)).toBe("kuota")
    expect(groupBuyMessage("<script>")?.text).toBe("Terjadi kesalahan, silakan coba lagi.")
    expect(groupBuyMessage(null)).toBeNull()
  })
  it("reads the join form", () => {
    const form = (fields: Record<string, string>) => {
      const f = new FormData()
      for (const [k, v] of Object.entries(fields)) f.set(k, v)
      return f
    }
    expect(parseJoinForm(form({ deal_id: "gbuy_1", quantity: "2", shipping_option_id: "" }))).toEqual({
      dealId: "gbuy_1",
      quantity: 2,
      shippingOptionId: undefined,
      shippingAddress: undefined,
    })
    // The address goes only with a courier.
    expect(parseJoinForm(form({ deal_id: "d", quantity: "1", address_1: "Jl. Kaliurang 5" })).shippingAddress).toBeUndefined()
    expect(parseJoinForm(form({ deal_id: "d", quantity: "1", shipping_option_id: "so_1", address_1: " Jl. Kaliurang 5 ", city: "" }))).toEqual({
      dealId: "d",
      quantity: 1,
      shippingOptionId: "so_1",
      shippingAddress: { address_1: "Jl. Kaliurang 5", city: undefined },
    })
    expect(parseJoinForm(form({ deal_id: "d", quantity: "1.5" })).quantity).toBeNull()
  })
})
