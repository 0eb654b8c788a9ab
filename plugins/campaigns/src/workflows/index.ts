// Workflows of the campaigns plugin, one line per area.
export * from "./group-buy"
export * from "./great-sale"
