import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { catalog, categories } from "@pasar-sleman/catalog"
import { catalogImageUrl, installCatalogImages, productImageNames } from "./seed-catalog-images"
import { STORE_SETUP } from "./store-setup"
import { seedGroupBuys } from "./seed-group-buy"
import { adminPlan } from "./seed-admin"
import { seedSearch } from "./seed-search"
import seedGreatSale from "./seed-great-sale"

/**
 * Sets up the Pasar Sleman store: region Indonesia (IDR, tax-inclusive prices),
 * sales channel, publishable key, "Gudang Sleman", shipping options, categories,
 * the Sleman catalogue with stock, and a development admin user.
 *
 * Idempotent: every part is looked up by a stable name/handle first and only
 * created when missing, so running it twice changes nothing.
 */
export default async function seedPasarSleman({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const regionModule = container.resolve(Modules.REGION)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const taxModule = container.resolve(Modules.TAX)
  const productModule = container.resolve(Modules.PRODUCT)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const S = STORE_SETUP

  await seedSearch(container, "before")

  // Sales channel
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: S.salesChannel })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: S.salesChannel, description: "Toko online Pasar Sleman" }] },
    })
    salesChannel = result[0]
    logger.info(`[seed] Sales channel "${S.salesChannel}" created`)
  }

  // Region Indonesia, IDR, prices are final (tax included)
  let [region] = await regionModule.listRegions({ name: S.region })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: S.region,
            currency_code: "idr",
            countries: ["id"],
            payment_providers: ["pp_system_default"],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
    logger.info(`[seed] Region "${S.region}" created`)
  }

  const [taxRegion] = await taxModule.listTaxRegions({ country_code: "id" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "id", provider_id: "tp_system" }],
    })
  }

  // Stock location "Gudang Sleman", shipping and pickup
  let [location] = await stockLocationModule.listStockLocations({ name: S.stockLocation })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: S.stockLocation,
            address: {
              address_1: "Jl. Parasamya, Beran, Tridadi",
              city: "Sleman",
              province: "DI Yogyakarta",
              postal_code: "55511",
              country_code: "ID",
            },
          },
        ],
      },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    logger.info(`[seed] Stock location "${S.stockLocation}" created`)
  }

  const store = (await storeModule.listStores())[0]
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: S.storeName,
        supported_currencies: [{ currency_code: "idr", is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: "id-ID" }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
        default_location_id: location.id,
        metadata: { ...(store.metadata ?? {}), language: "id", locale: "id-ID", timezone: "Asia/Jakarta" },
      },
    },
  })

  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: S.fulfillmentSet },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: S.fulfillmentSet, type: "shipping" } },
    })
    ;[fulfillmentSet] = await fulfillmentModule.listFulfillmentSets({ name: S.fulfillmentSet }, { relations: ["service_zones"] })
  }
  let serviceZone = fulfillmentSet.service_zones?.[0]
  if (!serviceZone) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            fulfillment_set_id: fulfillmentSet.id,
            name: "Indonesia",
            geo_zones: [{ type: "country", country_code: "id" }],
          },
        ],
      },
    })
    serviceZone = result[0]
  }

  const existingOptions = await fulfillmentModule.listShippingOptions({ service_zone: { id: serviceZone.id } })
  const missingOptions = S.shippingOptions.filter((o) => !existingOptions.some((e) => e.name === o.name))
  if (missingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missingOptions.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZone!.id,
        shipping_profile_id: shippingProfile.id,
        type: { label: option.name, description: option.description, code: option.code },
        prices: [
          { currency_code: "idr", amount: option.price },
          { region_id: region.id, amount: option.price },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
    logger.info(`[seed] Shipping options created: ${missingOptions.map((o) => o.name).join(", ")}`)
  }

  // Publishable key for the storefront (written to a file so nobody copies it by hand)
  let apiKey = (await apiKeyModule.listApiKeys({ title: S.publishableKeyTitle, type: "publishable" })).find(
    (k) => !k.revoked_at
  )
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: S.publishableKeyTitle, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
    logger.info("[seed] Publishable API key created")
  }
  logger.info(`[seed] Publishable API key for the storefront: ${apiKey.token}`)
  const keyFile = process.env.PUBLISHABLE_KEY_FILE
  if (keyFile) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true })
    fs.writeFileSync(keyFile, apiKey.token)
  }

  // Categories
  const existingCategories = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const missingCategories = categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c, i) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          rank: i,
        })),
      },
    })
  }
  const categoryIds = Object.fromEntries(
    (await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })).map((c) => [c.handle, c.id])
  )

  // Product images: committed PNGs copied into file-local's upload folder; the
  // products get absolute URLs (MEDUSA_BACKEND_URL or MEDUSA_FILE_BASE_URL).
  const copied = installCatalogImages(catalog.flatMap((p) => productImageNames(p.handle)))
  if (copied) logger.info(`[seed] Catalogue images: ${copied} copied into ./static/catalog`)
  const imagesOf = (handle: string) => {
    const urls = productImageNames(handle).map((name) => catalogImageUrl(name))
    return { thumbnail: urls[0], images: urls.map((url) => ({ url })) }
  }

  // Product tags from the catalogue (e.g. "batik-tulis")
  const tagValues = [...new Set(catalog.flatMap((p) => p.tags ?? []))]
  const existingTags = await productModule.listProductTags({ value: tagValues })
  const missingTags = tagValues.filter((v) => !existingTags.some((t) => t.value === v))
  if (missingTags.length) {
    await createProductTagsWorkflow(container).run({ input: { product_tags: missingTags.map((value) => ({ value })) } })
    logger.info(`[seed] Product tags created: ${missingTags.length}`)
  }
  const tagIds = new Map((await productModule.listProductTags({ value: tagValues })).map((t) => [t.value, t.id]))
  const tagIdsOf = (tags: string[] = []) => tags.map((t) => tagIds.get(t)!)

  const existingProducts = await productModule.listProducts(
    { handle: catalog.map((p) => p.handle) },
    { select: ["id", "handle", "thumbnail"], relations: ["images", "tags"] }
  )
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  const newProducts = catalog.filter((p) => !existingHandles.has(p.handle))

  // Products seeded earlier may carry relative image URLs (/static/catalog/…, which
  // other Medusa clients cannot load), another host's URLs, or no tags: bring them
  // in line with the catalogue.
  const byHandle = new Map(catalog.map((p) => [p.handle, p]))
  const outdated = existingProducts.flatMap((existing) => {
    const wanted = imagesOf(existing.handle)
    const product = byHandle.get(existing.handle)!
    const imagesDiffer =
      existing.thumbnail !== wanted.thumbnail ||
      [...(existing.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i) => i.url).join(" ") !==
        wanted.images.map((i) => i.url).join(" ")
    const tagsDiffer =
      (existing.tags ?? []).map((t) => t.value).sort().join(" ") !== [...(product.tags ?? [])].sort().join(" ")
    if (!imagesDiffer && !tagsDiffer) return []
    return [{ id: existing.id, ...(imagesDiffer ? wanted : {}), ...(tagsDiffer ? { tag_ids: tagIdsOf(product.tags) } : {}) }]
  })
  if (outdated.length) {
    await updateProductsWorkflow(container).run({ input: { products: outdated } })
    logger.info(`[seed] Catalogue: image URLs / tags brought up to date on ${outdated.length} products`)
  }

  for (const product of newProducts) {
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            material: product.material,
            category_ids: [categoryIds[product.category]],
            shipping_profile_id: shippingProfile.id,
            sales_channels: [{ id: salesChannel.id }],
            ...imagesOf(product.handle),
            tag_ids: tagIdsOf(product.tags),
            metadata: {
              seller: product.seller,
              seller_location: product.sellerLocation,
              featured: product.featured === true,
            },
            options: product.options,
            variants: product.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              options: v.options,
              manage_inventory: true,
              weight: v.weight,
              prices: [{ currency_code: "idr", amount: v.price }],
            })),
          },
        ],
      },
    })
  }
  if (newProducts.length) {
    const skus = newProducts.flatMap((p) => p.variants.map((v) => v.sku))
    const stockBySku = new Map(newProducts.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku"],
      filters: { sku: skus },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: items.map((item) => ({
          location_id: location.id,
          inventory_item_id: item.id,
          stocked_quantity: stockBySku.get(item.sku!) ?? 0,
        })),
      },
    })
    logger.info(`[seed] Catalogue: ${newProducts.length} products created (${catalog.length} in total)`)
  } else {
    logger.info(`[seed] Catalogue: all ${catalog.length} products already present`)
  }

  // Admin user (same steps as `medusa user`); never the development one in production
  const plan = adminPlan()
  if (!plan.create) {
    logger.warn(`[seed] ${plan.reason}`)
  } else if (!(await userModule.listUsers({ email: plan.email })).length) {
    const { result: users } = await createUsersWorkflow(container).run({
      input: { users: [{ email: plan.email, first_name: "Admin", last_name: "Pasar Sleman" }] },
    })
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: plan.email, password: plan.password },
    })
    if (error || !authIdentity) throw new Error(`Could not create the admin login: ${error}`)
    await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: users[0].id } })
    logger.info(`[seed] Admin user ${plan.email} created${plan.development ? " (development password)" : ""}`)
  }

  await seedGreatSale(container)

  await seedGroupBuys(container)

  await seedSearch(container, "after")
  logger.info("[seed] Pasar Sleman seed finished")
}
