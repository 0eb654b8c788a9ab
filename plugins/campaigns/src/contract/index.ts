/**
 * The campaigns plugin's published contract: `@pasar-sleman/campaigns/contract`.
 * Types of every admin and store response, the events it emits, the error codes it
 * puts in error bodies. Constants and types only — no Medusa imports — so any
 * client (storefront, admin extension, backend, integration) can depend on it.
 */
export * from "./errors"
export * from "./events"
export type * from "./group-buy"
export type * from "./great-sale"
