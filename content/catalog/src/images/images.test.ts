import { mkdtemp, readFile, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { PNG } from "pngjs"
import { describe, expect, it } from "vitest"
import { ASSETS_DIR } from "./generate"
import { hexToRgb, renderProductImage, writeCatalogImages } from "./images"
import { catalog, imageMotifs, type ImageMotif } from "@pasar-sleman/catalog"

const PALETTE: [string, string, string] = ["#f3e6c8", "#8a5a2b", "#3b2314"]

function distinctColours(png: { data: Buffer | Uint8Array }): number {
  const seen = new Set<number>()
  const d = png.data
  for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2])
  return seen.size
}

describe("renderProductImage", () => {
  it("returns a valid PNG of the requested size with more than two colours", () => {
    const buf = renderProductImage("kawung", PALETTE, 0)
    expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    const png = PNG.sync.read(buf)
    expect(png.width).toBe(480)
    expect(png.height).toBe(480)
    expect(distinctColours(png)).toBeGreaterThan(2)
    expect(buf.length).toBeLessThan(60_000)
  })

  it("honours a custom size", () => {
    const png = PNG.sync.read(renderProductImage("salak", PALETTE, 1, 200))
    expect(png.width).toBe(200)
    expect(png.height).toBe(200)
  })

  it("is deterministic", () => {
    for (const motif of ["parang", "salak", "keripik", "sekarjagad"] as ImageMotif[]) {
      for (const variant of [0, 1]) {
        const a = renderProductImage(motif, PALETTE, variant)
        const b = renderProductImage(motif, PALETTE, variant)
        expect(a.equals(b), `${motif}/${variant}`).toBe(true)
      }
    }
  })

  it("draws a different picture for the second gallery image and for another palette", () => {
    const a = renderProductImage("kopi", PALETTE, 0)
    expect(a.equals(renderProductImage("kopi", PALETTE, 1))).toBe(false)
    expect(a.equals(renderProductImage("kopi", ["#dfe6ef", "#27466e", "#10223a"], 0))).toBe(false)
  })

  it("renders every motif in both variants", () => {
    for (const motif of imageMotifs) {
      for (const variant of [0, 1]) {
        const png = PNG.sync.read(renderProductImage(motif, PALETTE, variant, 160))
        expect(png.width, `${motif}/${variant}`).toBe(160)
        expect(distinctColours(png), `${motif}/${variant}`).toBeGreaterThan(2)
      }
    }
  })

  it("uses the palette colours", () => {
    const png = PNG.sync.read(renderProductImage("ceplok", ["#102030", "#f0e0d0", "#c08040"], 0, 240))
    const colours = new Set<string>()
    for (let i = 0; i < png.data.length; i += 4) colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`)
    for (const hex of ["#102030", "#f0e0d0", "#c08040"]) expect(colours).toContain(hexToRgb(hex).join(","))
  })

  it("rejects unknown motifs and bad colours", () => {
    expect(() => renderProductImage("nope" as ImageMotif, PALETTE, 0)).toThrow()
    expect(() => renderProductImage("kawung", ["#zzz", "#000000", "#ffffff"], 0)).toThrow()
  })
})

describe("writeCatalogImages", () => {
  it(
    "writes two small images per product and is idempotent",
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "catalog-images-"))
      try {
        const names = await writeCatalogImages(dir)
        expect(names).toHaveLength(catalog.length * 2)
        expect(new Set(names).size).toBe(names.length)
        for (const p of catalog) {
          expect(names).toContain(`${p.handle}-1.png`)
          expect(names).toContain(`${p.handle}-2.png`)
        }
        const first = path.join(dir, names[0])
        const firstStat = await stat(first)
        for (const name of names) {
          const s = await stat(path.join(dir, name))
          expect(s.size, name).toBeGreaterThan(0)
          expect(s.size, name).toBeLessThan(60_000)
        }
        const sample = PNG.sync.read(await readFile(first))
        expect(sample.width).toBe(480)

        // The committed copies the seed uses are the renderer's current output.
        for (const name of names) {
          const committed = await readFile(path.join(ASSETS_DIR, name)).catch(() => null)
          expect(committed?.equals(await readFile(path.join(dir, name))), `${name} in backend/assets/catalog is stale: npm run generate -w @pasar-sleman/catalog`).toBe(true)
        }

        const again = await writeCatalogImages(dir)
        expect(again).toEqual(names)
        expect((await stat(first)).mtimeMs).toBe(firstStat.mtimeMs)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    60_000
  )
})
