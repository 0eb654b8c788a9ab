import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"

const DAY = 24 * 60 * 60 * 1000

// GET /store/campaigns comes from the @pasar-sleman/campaigns plugin: this proves the
// backend loads the plugin's built route and module (and ran its migration).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const apiKeys = getContainer().resolve(Modules.API_KEY)
      const [key] = await apiKeys.createApiKeys([{ title: "test", type: "publishable", created_by: "test" }])
      headers = { headers: { "x-publishable-api-key": key.token } }
    })

    it("lists no campaigns when none runs", async () => {
      const { status, data } = await api.get(`/store/campaigns`, headers)
      expect(status).toBe(200)
      expect(data.campaigns).toEqual([])
    })

    it("lists only the campaigns running now", async () => {
      const campaigns = getContainer().resolve("slemanCampaign") as any
      const now = Date.now()
      await campaigns.createSlemanCampaigns([
        {
          handle: "great-sale-batik",
          title: "Great Sale Batik Sleman",
          type: "great_sale",
          starts_at: new Date(now - DAY),
          ends_at: new Date(now + 6 * DAY),
        },
        {
          handle: "borong-bareng-lalu",
          title: "Borong Bareng yang sudah selesai",
          type: "borong_bareng",
          starts_at: new Date(now - 10 * DAY),
          ends_at: new Date(now - DAY),
        },
        {
          handle: "borong-bareng-depan",
          title: "Borong Bareng bulan depan",
          type: "borong_bareng",
          starts_at: new Date(now + 20 * DAY),
          ends_at: new Date(now + 30 * DAY),
        },
      ])
      const { data } = await api.get(`/store/campaigns`, headers)
      expect(data.campaigns.map((c: any) => c.handle)).toEqual(["great-sale-batik"])
    })

    it("needs a publishable key like every store route", async () => {
      await expect(api.get(`/store/campaigns`)).rejects.toMatchObject({ response: { status: 400 } })
    })
  },
})
