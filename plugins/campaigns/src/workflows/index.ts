export * from "./great-sale"
