import { describe, expect, it } from "vitest"
import {
  buildExactTsQuery,
  buildTsQuery,
  chooseCorrections,
  editDistance,
  foldText,
  maxEdits,
  planQuery,
  tokenize,
  type WordLookup,
} from "./words"
import { SYNONYM_GROUPS } from "../../lib/search/synonyms"

const lookups = (entries: Record<string, Partial<WordLookup>>) =>
  new Map(Object.entries(entries).map(([w, l]) => [w, { exact: false, prefix: false, candidates: [], ...l }]))

const opts = { prefixLast: true, typoTolerance: true, synonyms: SYNONYM_GROUPS }

describe("query words", () => {
  it("folds case and accents", () => {
    expect(foldText("Kopi ARÁBIKA Lérêng")).toBe("kopi arabika lereng")
  })

  it("tokenizes like the simple parser: hyphenated compounds stay whole, punctuation separates", () => {
    expect(tokenize("  Oleh-oleh, Salak  PONDOH!! ")).toEqual(["oleh-oleh", "salak", "pondoh"])
    expect(tokenize("'; DROP TABLE x; --")).toEqual(["drop", "table", "x"])
    expect(tokenize("!!!")).toEqual([])
  })

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("btaik", "batik")).toBe(1)
    expect(editDistance("batk", "batik")).toBe(1)
    expect(editDistance("pondo", "pondoh")).toBe(1)
    expect(editDistance("kawung", "kawung")).toBe(0)
    expect(editDistance("salak", "batik")).toBe(3)
  })

  it("allows no typo under 4 letters, 1 at 4, 2 from 5, none in words with digits", () => {
    expect(maxEdits("kop")).toBe(0)
    expect(maxEdits("batk")).toBe(1)
    expect(maxEdits("pondo")).toBe(2)
    expect(maxEdits("oleh2")).toBe(0)
  })

  it("keeps only the closest corrections, most frequent first", () => {
    const candidates = [
      { word: "batik", df: 40 },
      { word: "batok", df: 2 },
      { word: "bati", df: 1 },
      { word: "balik", df: 9 },
    ]
    expect(chooseCorrections("batk", candidates)).toEqual(["batik", "batok", "bati"])
    expect(chooseCorrections("btik", [{ word: "batik", df: 40 }, { word: "bakti", df: 90 }])).toEqual(["batik"])
    expect(chooseCorrections("zzzz", candidates)).toEqual([])
  })

  it("never corrects a word the vocabulary knows: batik stays batik, batok stays batok", () => {
    const plan = planQuery(["batok"], lookups({ batok: { exact: true, prefix: true, candidates: [{ word: "batik", df: 99 }] } }), opts)
    expect(plan.changed).toBe(false)
    expect(buildTsQuery(plan, "&")).toBe("'batok':*")
  })

  it("corrects an unknown word and keeps the last word a prefix: 'batk tul' → batik & tul:*", () => {
    const plan = planQuery(
      ["batk", "tul"],
      lookups({ batk: { candidates: [{ word: "batik", df: 30 }] }, tul: { prefix: true } }),
      opts
    )
    expect(buildTsQuery(plan, "&")).toBe("('batk' | 'batik') & 'tul':*")
    expect(buildExactTsQuery(plan)).toBe("'batk' | 'tul':*")
    expect(plan.corrected).toBe("batik tul")
    expect(plan.changed).toBe(true)
  })

  it("a last word that prefixes an indexed word is not corrected ('salak pondo' → pondo:*)", () => {
    const plan = planQuery(
      ["salak", "pondo"],
      lookups({ salak: { exact: true, prefix: true }, pondo: { prefix: true, candidates: [{ word: "pondok", df: 3 }] } }),
      opts
    )
    expect(buildTsQuery(plan, "&")).toBe("'salak' & 'pondo':*")
  })

  it("corrects an unknown last word that prefixes nothing ('batik tuls' → tulis)", () => {
    const plan = planQuery(
      ["batik", "tuls"],
      lookups({ batik: { exact: true, prefix: true }, tuls: { candidates: [{ word: "tulis", df: 8 }] } }),
      opts
    )
    expect(buildTsQuery(plan, "&")).toBe("'batik' & ('tuls':* | 'tulis')")
    expect(plan.corrected).toBe("batik tulis")
  })

  it("adds synonyms both ways: kripik ↔ keripik, masker ↔ mask, oleh2 ↔ oleh-oleh", () => {
    const p1 = planQuery(["kripik"], lookups({}), { ...opts, prefixLast: false })
    expect(buildTsQuery(p1, "&")).toBe("('kripik' | 'keripik')")
    const p2 = planQuery(["mask"], lookups({ mask: {} }), { ...opts, prefixLast: false })
    expect(buildTsQuery(p2, "&")).toBe("('mask' | 'masker')")
    const p3 = planQuery(["oleh2", "salak"], lookups({ salak: { exact: true } }), opts)
    expect(buildTsQuery(p3, "&")).toBe("('oleh2' | 'oleh-oleh') & 'salak':*")
  })

  it("does not correct when typo tolerance is off", () => {
    const plan = planQuery(["batk"], lookups({ batk: { candidates: [{ word: "batik", df: 1 }] } }), {
      ...opts,
      typoTolerance: false,
    })
    expect(buildTsQuery(plan, "&")).toBe("'batk':*")
  })

  it("quotes lexemes so tsquery syntax in a word cannot break out", () => {
    const plan = planQuery(["it's"], lookups({}), { ...opts, prefixLast: false })
    expect(buildTsQuery(plan, "|")).toBe("'it''s'")
  })
})
