import { GREAT_SALE_ERRORS, GROUP_BUY_ERRORS, VALIDATION_ERRORS } from "@pasar-sleman/campaigns/contract"
import { describe, expect, it } from "vitest"
import { CAMPAIGN_ERRORS, GROUP_BUY_MESSAGES, groupBuyCodeForError } from "./messages"

describe("campaign error codes", () => {
  it("give every code of the plugin's contract a Borong Bareng message", () => {
    const contract = [...Object.values(VALIDATION_ERRORS), ...Object.values(GROUP_BUY_ERRORS), ...Object.values(GREAT_SALE_ERRORS)]
    expect(Object.keys(CAMPAIGN_ERRORS).sort()).toEqual([...contract].sort())
    for (const code of contract) {
      const gb = groupBuyCodeForError(code)
      expect(gb, code).toBeDefined()
      expect(GROUP_BUY_MESSAGES[gb!].kind).toBe("error")
    }
  })

  it("know nothing else", () => {
    expect(groupBuyCodeForError(undefined)).toBeUndefined()
    expect(groupBuyCodeForError("unknown_error")).toBeUndefined()
    expect(groupBuyCodeForError("constructor")).toBeUndefined()
  })
})
