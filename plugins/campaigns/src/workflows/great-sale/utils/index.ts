// Cross-module reads of the great sale (products, categories, price lists, links),
// for its steps and for routes that show them. The module's own reads are its service's.
export * from "./great-sale-service"
export * from "./scope"
export * from "./prices"
export * from "./price-list-input"
export * from "./report"
