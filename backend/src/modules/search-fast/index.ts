import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { FastPostgresSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [FastPostgresSearchService],
})
