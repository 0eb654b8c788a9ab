/**
 * Stable error codes of the campaigns plugin: part of its published contract.
 *
 * Every refusal a client may need to tell apart is thrown as
 * `new MedusaError(type, <Indonesian message>, <code>)`; Medusa's error handler puts
 * the code in the JSON body as `code` next to `type` and `message`. Clients (the
 * storefront, admin extensions, integrations) branch on `code`, never on the words of
 * `message`, which may be reworded at any time.
 *
 * Codes are never renamed or reused; add new ones freely.
 */

/** A request body that failed its zod schema (400). */
export const VALIDATION_ERRORS = {
  INVALID_BODY: "validation.invalid_body",
} as const

/** Borong Bareng (group buying). */
export const GROUP_BUY_ERRORS = {
  /** No such deal (404). */
  NOT_FOUND: "group_buy.not_found",
  /** The deal is not open for joining (draft, closed, cancelled, or otherwise not joinable now). */
  NOT_OPEN: "group_buy.not_open",
  /** The deal opens later. */
  NOT_STARTED: "group_buy.not_started",
  /** The deadline has passed. */
  DEADLINE_PASSED: "group_buy.deadline_passed",
  /** The deal is being closed or was closed. */
  CLOSED: "group_buy.closed",
  /** Not enough units left under the deal's cap. */
  QUOTA_EXCEEDED: "group_buy.quota_exceeded",
  /** The shopper's joins would exceed the per-shopper maximum. */
  PER_CUSTOMER_LIMIT: "group_buy.per_customer_limit",
  /** The quantity is not a whole number of at least 1 (or above the allowed bound). */
  INVALID_QUANTITY: "group_buy.invalid_quantity",
  /** Too many shoppers at once: the deal lock could not be had in time. Try again. */
  BUSY: "group_buy.busy",
  /** Courier delivery chosen without a shipping address. */
  SHIPPING_ADDRESS_REQUIRED: "group_buy.shipping_address_required",
  /** The chosen shipping option does not exist (or is not offered for deals). */
  SHIPPING_OPTION_UNKNOWN: "group_buy.shipping_option_unknown",
  /** The join's payment could not be authorised. */
  PAYMENT_NOT_AUTHORIZED: "group_buy.payment_not_authorized",
  /** No such participation for this shopper (404). */
  PARTICIPATION_NOT_FOUND: "group_buy.participation_not_found",
  /** The participation is no longer in a state that can be cancelled. */
  PARTICIPATION_NOT_CANCELLABLE: "group_buy.participation_not_cancellable",
  /** Cancelling is allowed only before the deal's deadline. */
  CANCEL_DEADLINE_PASSED: "group_buy.cancel_deadline_passed",
  /** Admin: the deal's input breaks the deal rules (tiers, prices, dates, target, cap). */
  INVALID_DEAL: "group_buy.invalid_deal",
  /** Admin: only draft deals can be edited. */
  NOT_EDITABLE: "group_buy.not_editable",
  /** Admin: the action is not allowed in the deal's current status. */
  INVALID_STATUS: "group_buy.invalid_status",
  /** Admin: the variant does not exist or has no Rupiah price. */
  INVALID_VARIANT: "group_buy.invalid_variant",
  /** Settlement (capture / order edit / release) of a participation could not proceed. */
  SETTLEMENT_FAILED: "group_buy.settlement_failed",
  /** The store is not set up for deals (region, pickup option missing). */
  STORE_NOT_READY: "group_buy.store_not_ready",
} as const

/** Great Sale (batik sale campaigns). */
export const GREAT_SALE_ERRORS = {
  /** No such sale (404). */
  NOT_FOUND: "great_sale.not_found",
  /** The sale's input breaks the sale rules (percentages, dates, scope). */
  INVALID_SALE: "great_sale.invalid_sale",
  /** Its time overlaps another sale on the same products. */
  OVERLAP: "great_sale.overlap",
  /** The action is not allowed in the sale's current status. */
  INVALID_STATUS: "great_sale.invalid_status",
  /** A product's normal price cannot be discounted (missing or not a positive whole rupiah). */
  INVALID_PRICE: "great_sale.invalid_price",
} as const

type ValuesOf<T> = T[keyof T]
export type ValidationErrorCode = ValuesOf<typeof VALIDATION_ERRORS>
export type GroupBuyErrorCode = ValuesOf<typeof GROUP_BUY_ERRORS>
export type GreatSaleErrorCode = ValuesOf<typeof GREAT_SALE_ERRORS>
/** Every code the plugin may put in an error body's `code`. */
export type CampaignErrorCode = ValidationErrorCode | GroupBuyErrorCode | GreatSaleErrorCode
