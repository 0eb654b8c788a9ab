/** Pure (no server imports): shared by the domain, the API and the admin form. */
export const MIN_DISCOUNT_PERCENT = 10
export const MAX_DISCOUNT_PERCENT = 30

/** null when the value is a whole number from 10 to 30, otherwise the problem in words. */
export function percentProblem(value: unknown, label = "discount_percent"): string | null {
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= MIN_DISCOUNT_PERCENT &&
    value <= MAX_DISCOUNT_PERCENT
  ) {
    return null
  }
  return `${label} harus bilangan bulat ${MIN_DISCOUNT_PERCENT}–${MAX_DISCOUNT_PERCENT} (diterima: ${JSON.stringify(value)})`
}
