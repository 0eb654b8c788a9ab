/**
 * Deterministic product illustrations for the Pasar Sleman catalogue.
 *
 * Every image is drawn from scratch with flat colours (no anti-aliasing, no
 * noise) so that the PNGs compress to a few kilobytes and the same input always
 * produces the same bytes. Coordinates used by the drawing code are "units":
 * 0..1 across the square canvas, independent of the pixel size.
 */
import { PNG } from "pngjs"
import { mkdir, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { catalog, type BatikPattern, type ImageMotif } from "@pasar-sleman/catalog"

export type Palette = [string, string, string]

type RGB = readonly [number, number, number]
type Paint = RGB | ((u: number, v: number) => RGB)
type Pred = (u: number, v: number) => boolean
type Pt = readonly [number, number]
type Rng = () => number

const PI = Math.PI
const SQ = Math.SQRT1_2
const WHITE: RGB = [255, 255, 255]
const BLACK: RGB = [0, 0, 0]
const LEAF: RGB = [86, 128, 52]
const GOLD: RGB = [201, 152, 48]
const PAPER: RGB = [250, 247, 238]

// ───────────────────────────── colour helpers ─────────────────────────────

export function hexToRgb(hex: string): RGB {
  let h = hex.trim().replace(/^#/, "")
  if (/^[0-9a-f]{3}$/i.test(h)) h = h.replace(/./g, (ch) => ch + ch)
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`Invalid hex colour: ${hex}`)
  const n = parseInt(h, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

const mix = (a: RGB, b: RGB, t: number): RGB => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
]
const dark = (c: RGB, t: number): RGB => mix(c, BLACK, t)
const light = (c: RGB, t: number): RGB => mix(c, WHITE, t)
const lum = (c: RGB): number => (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255
/** A tone that stands out slightly from `c` (darker for light colours). */
const tone = (c: RGB, t = 0.08): RGB => (lum(c) > 0.75 ? dark(c, t) : light(c, t * 2.5))
const frac = (x: number): number => x - Math.floor(x)
const shade = (p: Paint, t: number): Paint => {
  if (typeof p !== "function") return dark(p, t)
  return (u, v) => dark(p(u, v), t)
}

// ───────────────────────────── randomness ─────────────────────────────

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash2(i: number, j: number, k: number): number {
  let h = (Math.imul(i, 374761393) + Math.imul(j, 668265263) + Math.imul(k, 1442695041)) | 0
  h = Math.imul(h ^ (h >>> 13), 1274126177)
  h ^= h >>> 16
  return (h >>> 0) / 4294967296
}

// ───────────────────────────── raster canvas ─────────────────────────────

class Canvas {
  /** RGB, 3 bytes per pixel (fed to pngjs without conversion). */
  readonly data: Buffer
  /** Optional clip region in unit coordinates. */
  clip: Pred | null = null
  private zoom = 1
  private ox = 0.5
  private oy = 0.5

  constructor(readonly size: number) {
    this.data = Buffer.alloc(size * size * 3, 255)
  }

  /** Magnify by `zoom` around unit point (cx, cy), which lands at the canvas centre. */
  view(zoom: number, cx: number, cy: number): void {
    this.zoom = zoom
    this.ox = cx
    this.oy = cy
  }

  resetView(): void {
    this.view(1, 0.5, 0.5)
  }

  private px(u: number): number {
    return ((u - this.ox) * this.zoom + 0.5) * this.size
  }
  private py(v: number): number {
    return ((v - this.oy) * this.zoom + 0.5) * this.size
  }
  private u(px: number): number {
    return ((px + 0.5) / this.size - 0.5) / this.zoom + this.ox
  }
  private v(py: number): number {
    return ((py + 0.5) / this.size - 0.5) / this.zoom + this.oy
  }

  private put(x: number, y: number, c: RGB): void {
    const i = (y * this.size + x) * 3
    this.data[i] = c[0]
    this.data[i + 1] = c[1]
    this.data[i + 2] = c[2]
  }

  /** Fill every pixel inside the unit bbox for which `pred` holds. */
  fillPred(u0: number, v0: number, u1: number, v1: number, pred: Pred | null, paint: Paint): void {
    const s = this.size
    const x0 = Math.max(0, Math.floor(this.px(Math.min(u0, u1))))
    const x1 = Math.min(s - 1, Math.ceil(this.px(Math.max(u0, u1))))
    const y0 = Math.max(0, Math.floor(this.py(Math.min(v0, v1))))
    const y1 = Math.min(s - 1, Math.ceil(this.py(Math.max(v0, v1))))
    const fn = typeof paint === "function" ? paint : null
    const solid = typeof paint === "function" ? null : paint
    const clip = this.clip
    for (let y = y0; y <= y1; y++) {
      const v = this.v(y)
      for (let x = x0; x <= x1; x++) {
        const u = this.u(x)
        if (pred && !pred(u, v)) continue
        if (clip && !clip(u, v)) continue
        this.put(x, y, fn ? fn(u, v) : (solid as RGB))
      }
    }
  }

  fill(paint: Paint): void {
    const s = this.size
    const fn = typeof paint === "function" ? paint : null
    const solid = typeof paint === "function" ? null : paint
    for (let y = 0; y < s; y++) {
      const v = this.v(y)
      for (let x = 0; x < s; x++) {
        const u = this.u(x)
        if (this.clip && !this.clip(u, v)) continue
        this.put(x, y, fn ? fn(u, v) : (solid as RGB))
      }
    }
  }

  rect(u0: number, v0: number, u1: number, v1: number, paint: Paint): void {
    this.fillPred(u0, v0, u1, v1, (u, v) => u >= u0 && u < u1 && v >= v0 && v < v1, paint)
  }

  roundRect(u0: number, v0: number, u1: number, v1: number, r: number, paint: Paint): void {
    const rr = Math.min(r, (u1 - u0) / 2, (v1 - v0) / 2)
    this.fillPred(
      u0,
      v0,
      u1,
      v1,
      (u, v) => {
        if (u < u0 || u >= u1 || v < v0 || v >= v1) return false
        const dx = u < u0 + rr ? u0 + rr - u : u > u1 - rr ? u - (u1 - rr) : 0
        const dy = v < v0 + rr ? v0 + rr - v : v > v1 - rr ? v - (v1 - rr) : 0
        return dx * dx + dy * dy <= rr * rr
      },
      paint
    )
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, paint: Paint, angle = 0): void {
    const cos = Math.cos(angle)
    const sin = Math.sin(angle)
    const m = Math.max(rx, ry)
    this.fillPred(
      cx - m,
      cy - m,
      cx + m,
      cy + m,
      (u, v) => {
        const dx = u - cx
        const dy = v - cy
        const a = (dx * cos + dy * sin) / rx
        const b = (-dx * sin + dy * cos) / ry
        return a * a + b * b <= 1
      },
      paint
    )
  }

  circle(cx: number, cy: number, r: number, paint: Paint): void {
    this.ellipse(cx, cy, r, r, paint)
  }

  /** Annulus of outer radius r and width w, optionally limited to angles [a0, a1] (radians, y down). */
  ring(cx: number, cy: number, r: number, w: number, paint: Paint, a0 = -PI, a1 = PI): void {
    const full = a1 - a0 >= 2 * PI - 1e-9
    this.fillPred(
      cx - r,
      cy - r,
      cx + r,
      cy + r,
      (u, v) => {
        const d = Math.hypot(u - cx, v - cy)
        if (d > r || d < r - w) return false
        if (full) return true
        let a = Math.atan2(v - cy, u - cx)
        while (a < a0) a += 2 * PI
        while (a > a0 + 2 * PI) a -= 2 * PI
        return a <= a1
      },
      paint
    )
  }

  /** Elliptical outline of thickness w (in units, measured approximately). */
  ellipseRing(cx: number, cy: number, rx: number, ry: number, w: number, paint: Paint, pred: Pred | null = null): void {
    this.fillPred(
      cx - rx,
      cy - ry,
      cx + rx,
      cy + ry,
      (u, v) => {
        const e = ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2
        const ei = ((u - cx) / Math.max(1e-6, rx - w)) ** 2 + ((v - cy) / Math.max(1e-6, ry - w)) ** 2
        return e <= 1 && ei > 1 && (!pred || pred(u, v))
      },
      paint
    )
  }

  /** Even-odd scanline polygon fill. */
  poly(pts: readonly Pt[], paint: Paint): void {
    if (pts.length < 3) return
    const s = this.size
    const xs = pts.map((p) => this.px(p[0]))
    const ys = pts.map((p) => this.py(p[1]))
    const yMin = Math.max(0, Math.floor(Math.min(...ys)))
    const yMax = Math.min(s - 1, Math.ceil(Math.max(...ys)))
    const fn = typeof paint === "function" ? paint : null
    const solid = typeof paint === "function" ? null : paint
    const clip = this.clip
    const n = pts.length
    const cross: number[] = []
    for (let y = yMin; y <= yMax; y++) {
      const yc = y + 0.5
      cross.length = 0
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n
        const ya = ys[i]
        const yb = ys[j]
        if ((ya <= yc && yc < yb) || (yb <= yc && yc < ya)) {
          cross.push(xs[i] + ((yc - ya) * (xs[j] - xs[i])) / (yb - ya))
        }
      }
      cross.sort((a, b) => a - b)
      const v = this.v(y)
      for (let k = 0; k + 1 < cross.length; k += 2) {
        const xa = Math.max(0, Math.ceil(cross[k] - 0.5))
        const xb = Math.min(s - 1, Math.ceil(cross[k + 1] - 0.5) - 1)
        for (let x = xa; x <= xb; x++) {
          const u = this.u(x)
          if (clip && !clip(u, v)) continue
          this.put(x, y, fn ? fn(u, v) : (solid as RGB))
        }
      }
    }
  }

  /** Thick line segment with round caps. */
  line(u0: number, v0: number, u1: number, v1: number, w: number, paint: Paint): void {
    const r = w / 2
    const dx = u1 - u0
    const dy = v1 - v0
    const len2 = dx * dx + dy * dy || 1e-12
    this.fillPred(
      Math.min(u0, u1) - r,
      Math.min(v0, v1) - r,
      Math.max(u0, u1) + r,
      Math.max(v0, v1) + r,
      (u, v) => {
        let t = ((u - u0) * dx + (v - v0) * dy) / len2
        t = t < 0 ? 0 : t > 1 ? 1 : t
        const ex = u - (u0 + t * dx)
        const ey = v - (v0 + t * dy)
        return ex * ex + ey * ey <= r * r
      },
      paint
    )
  }

  polyline(pts: readonly Pt[], w: number, paint: Paint, closed = false): void {
    const n = closed ? pts.length : pts.length - 1
    for (let i = 0; i < n; i++) {
      const a = pts[i]
      const b = pts[(i + 1) % pts.length]
      this.line(a[0], a[1], b[0], b[1], w, paint)
    }
  }

  /** Dashed line along a polyline (stitching). */
  dashed(pts: readonly Pt[], w: number, dash: number, gap: number, paint: Paint, closed = false): void {
    const path = closed ? [...pts, pts[0]] : pts
    let carry = 0
    for (let i = 0; i + 1 < path.length; i++) {
      const [ax, ay] = path[i]
      const [bx, by] = path[i + 1]
      const len = Math.hypot(bx - ax, by - ay)
      let t = carry
      while (t < len) {
        const e = Math.min(len, t + dash)
        this.line(ax + ((bx - ax) * t) / len, ay + ((by - ay) * t) / len, ax + ((bx - ax) * e) / len, ay + ((by - ay) * e) / len, w, paint)
        t += dash + gap
      }
      carry = t - len
    }
  }
}

// ───────────────────────────── shape helpers ─────────────────────────────

const rot = (pts: readonly Pt[], cx: number, cy: number, a: number): Pt[] => {
  const c = Math.cos(a)
  const s = Math.sin(a)
  return pts.map(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c] as Pt)
}

/** Irregular blob polygon around (cx, cy). */
const blob = (cx: number, cy: number, rx: number, ry: number, a: number, n: number, rng: Rng, jitter = 0.25): Pt[] => {
  const pts: Pt[] = []
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * PI
    const k = 1 - jitter / 2 + jitter * rng()
    pts.push([Math.cos(t) * rx * k, Math.sin(t) * ry * k])
  }
  return rot(pts, cx, cy, a)
}

const star = (cx: number, cy: number, r0: number, r1: number, n: number, a = -PI / 2): Pt[] => {
  const pts: Pt[] = []
  for (let i = 0; i < n * 2; i++) {
    const r = i % 2 === 0 ? r0 : r1
    const t = a + (i * PI) / n
    pts.push([cx + Math.cos(t) * r, cy + Math.sin(t) * r])
  }
  return pts
}

const hexagon = (cx: number, cy: number, r: number, a = PI / 6): Pt[] => {
  const pts: Pt[] = []
  for (let i = 0; i < 6; i++) pts.push([cx + r * Math.cos(a + (i * PI) / 3), cy + r * Math.sin(a + (i * PI) / 3)])
  return pts
}

/** Teardrop half-width for y in [-1, 1] (-1 = pointed tip). */
const tearWidth = (y: number): number => (y <= -1 || y >= 1 ? 0 : 1.2 * Math.sqrt(((1 - y * y) * (1 + y)) / 2))

/** Smooth radius profile through control points [(t, r)], t ascending 0..1. */
const profile = (pts: readonly Pt[]) => (t: number): number => {
  if (t <= pts[0][0]) return pts[0][1]
  for (let i = 0; i + 1 < pts.length; i++) {
    const [t0, r0] = pts[i]
    const [t1, r1] = pts[i + 1]
    if (t <= t1) {
      const k = (t - t0) / (t1 - t0)
      const s = k * k * (3 - 2 * k)
      return r0 + (r1 - r0) * s
    }
  }
  return pts[pts.length - 1][1]
}

// ───────────────────────────── batik patterns ─────────────────────────────

type Cols = { bg: RGB; fg: RGB; dk: RGB; ac: RGB }
type Pattern = (u: number, v: number) => RGB

function kawung(T: number, k: Cols): Pattern {
  return (x, y) => {
    const u = frac(x / T) - 0.5
    const v = frac(y / T) - 0.5
    const su = u >= 0 ? 1 : -1
    const sv = v >= 0 ? 1 : -1
    const du = u - su * 0.255
    const dv = v - sv * 0.255
    const al = (du * su + dv * sv) * SQ
    const ac = (dv * su - du * sv) * SQ
    const e = (al / 0.33) ** 2 + (ac / 0.165) ** 2
    if (e < 1) {
      if (e > 0.7) return k.dk
      if ((al / 0.11) ** 2 + (ac / 0.04) ** 2 < 1) return k.dk
      return k.fg
    }
    const au = Math.abs(u)
    const av = Math.abs(v)
    if (Math.hypot(u, v) < 0.06 || Math.hypot(0.5 - au, 0.5 - av) < 0.06) return k.ac
    if (Math.min(Math.hypot(u, 0.5 - av), Math.hypot(0.5 - au, v)) < 0.035) return k.ac
    return k.bg
  }
}

function parang(T: number, k: Cols): Pattern {
  const SEP = 0.17
  return (x, y) => {
    const p = ((x - y) * SQ) / T
    const a = ((x + y) * SQ) / T
    const bf = frac(p)
    const af = frac(a)
    if (bf < SEP) {
      const d = Math.abs(frac(a * 2) - 0.5) / 0.2 + Math.abs(bf - SEP / 2) / (SEP * 0.3)
      if (d < 1) return k.ac
      if (bf < 0.028 || bf > SEP - 0.028) return k.dk
      return k.bg
    }
    const t = (bf - SEP) / (1 - SEP)
    const w = 0.5 + 0.3 * Math.sin(2 * PI * af)
    const dd = t - w
    if (Math.abs(dd) < 0.055) return k.dk
    if (dd < 0) {
      if (Math.hypot(af - 0.25, (t - 0.42) * (1 - SEP)) < 0.075) return k.ac
      return k.fg
    }
    if (Math.hypot(af - 0.75, (t - 0.6) * (1 - SEP)) < 0.06) return k.dk
    return k.bg
  }
}

function truntum(T: number, k: Cols): Pattern {
  const seg = PI / 4
  return (x, y) => {
    const row = Math.floor(y / T)
    const u = frac(x / T + (row & 1) * 0.5) - 0.5
    const v = frac(y / T) - 0.5
    const r = Math.hypot(u, v)
    if (r < 0.055) return k.ac
    if (r < 0.08) return k.bg
    if (r < 0.25) {
      const th = Math.atan2(v, u)
      const ph = Math.round(th / seg) * seg
      const d = Math.hypot(u - Math.cos(ph) * 0.165, v - Math.sin(ph) * 0.165)
      if (d < 0.068) return d < 0.025 ? k.ac : k.fg
      return k.bg
    }
    const su = 0.5 - Math.abs(u)
    const av = Math.abs(v)
    if ((su < 0.016 && av < 0.1) || (av < 0.016 && su < 0.1) || Math.hypot(su, av) < 0.04) return k.fg
    if (Math.hypot(Math.abs(u) - 0.25, 0.5 - av) < 0.03) return k.fg
    return k.bg
  }
}

function ceplok(T: number, k: Cols): Pattern {
  return (x, y) => {
    const u = frac(x / T) - 0.5
    const v = frac(y / T) - 0.5
    const au = Math.abs(u)
    const av = Math.abs(v)
    const d = au + av
    if (d < 0.5) {
      if (d > 0.45) return k.dk
      const r = Math.hypot(u, v)
      if (r < 0.25) {
        if (r > 0.225) return k.dk
        if (r < 0.045) return k.dk
        // four petals on the axes
        const pa = Math.max(au, av)
        const pb = Math.min(au, av)
        if (((pa - 0.12) / 0.085) ** 2 + (pb / 0.05) ** 2 < 1) return k.ac
        return k.bg
      }
      // small dots on the diagonals inside the diamond
      if (Math.hypot(au - 0.19, av - 0.19) < 0.035) return k.ac
      return k.fg
    }
    const cu = 0.5 - au
    const cv = 0.5 - av
    const rc = Math.hypot(cu, cv)
    if (rc < 0.04) return k.dk
    if (rc < 0.1) return k.ac
    if (Math.hypot(cu - 0.16, cv) < 0.025 || Math.hypot(cu, cv - 0.16) < 0.025) return k.dk
    return k.bg
  }
}

function semarak(T: number, k: Cols): Pattern {
  const skin = k.ac
  const scale = dark(k.ac, 0.45)
  const hi = light(k.ac, 0.25)
  const leafDk = dark(k.fg, 0.35)
  const dots = mix(k.bg, k.fg, 0.35)
  const la = 0.7
  const lc = Math.cos(la)
  const ls = Math.sin(la)
  return (x, y) => {
    const row = Math.floor(y / T)
    const u = frac(x / T + (row & 1) * 0.5) - 0.5
    const v = frac(y / T) - 0.5
    // fruit (teardrop with scales)
    const xf = u / 0.17
    const yf = (v - 0.06) / 0.22
    const w = tearWidth(yf)
    if (Math.abs(xf) < w) {
      if (Math.abs(xf) > w - 0.16 || yf > 0.9) return scale
      const p = frac((xf * 0.9 + yf) * 2.6)
      const q = frac((-xf * 0.9 + yf) * 2.6)
      if (p < 0.14 || q < 0.14) return scale
      if (p > 0.72 && q > 0.72) return hi
      return skin
    }
    // two fronds above the fruit
    const sx = u < 0 ? -1 : 1
    const lu = u * sx - 0.22
    const lv = v + 0.25
    const a = lu * lc + lv * ls
    const b = -lu * ls + lv * lc
    const e = (a / 0.2) ** 2 + (b / 0.05) ** 2
    if (e < 1) return Math.abs(b) < 0.008 || e > 0.75 ? leafDk : k.fg
    if (Math.hypot(frac(u * 4 + 0.5) - 0.5, frac(v * 4) - 0.5) < 0.09) return dots
    return k.bg
  }
}

function sekarjagad(T: number, k: Cols): Pattern {
  const C = T * 1.5
  const inv: Cols = { bg: k.fg, fg: k.bg, dk: k.dk, ac: k.ac }
  const alt: Cols = { bg: k.bg, fg: k.ac, dk: k.dk, ac: k.fg }
  const subs: Pattern[] = [
    kawung(C / 2.5, k),
    parang(C / 3, alt),
    truntum(C / 2.5, inv),
    ceplok(C / 2, alt),
    (x, y) => (Math.hypot(frac(x / (C / 5)) - 0.5, frac(y / (C / 5)) - 0.5) < 0.22 ? k.fg : k.bg),
    (x, y) => (frac(((x + y) * SQ) / (C / 6)) < 0.4 ? k.ac : k.bg),
    kawung(C / 3, inv),
  ]
  return (x, y) => {
    const gx = x / C
    const gy = y / C
    const ix = Math.floor(gx)
    const iy = Math.floor(gy)
    let d1 = 9
    let d2 = 9
    let bi = 0
    let bj = 0
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        const ci = ix + di
        const cj = iy + dj
        const cx = ci + 0.15 + 0.7 * hash2(ci, cj, 1)
        const cy = cj + 0.15 + 0.7 * hash2(ci, cj, 2)
        const d = Math.hypot(gx - cx, gy - cy)
        if (d < d1) {
          d2 = d1
          d1 = d
          bi = ci
          bj = cj
        } else if (d < d2) d2 = d
      }
    }
    const edge = d2 - d1
    if (edge < 0.045) return k.dk
    if (edge < 0.1) return k.bg
    const which = Math.floor(hash2(bi, bj, 3) * subs.length)
    return subs[which](x + bi * 0.37, y + bj * 0.21)
  }
}

const batikPatterns: Record<BatikKind, (T: number, k: Cols) => Pattern> = {
  kawung,
  parang,
  truntum,
  ceplok,
  semarak,
  sekarjagad,
}
type BatikKind = BatikPattern

// ───────────────────────────── compositions ─────────────────────────────

type Ctx = { c: Canvas; p: [RGB, RGB, RGB]; v: number; rng: Rng; seed: number; pattern?: BatikKind }

function batikCols(kind: BatikKind, p: [RGB, RGB, RGB]): Cols {
  const [a, b, c] = p
  switch (kind) {
    case "truntum":
      return { bg: a, fg: b, ac: c, dk: dark(a, 0.3) }
    case "ceplok":
      return { bg: a, fg: b, ac: c, dk: dark(b, 0.45) }
    case "sekarjagad":
      return { bg: a, fg: b, ac: c, dk: dark(b, 0.45) }
    case "semarak":
      return { bg: a, fg: b, ac: c, dk: dark(c, 0.4) }
    default:
      return { bg: a, fg: b, dk: c, ac: mix(b, c, 0.55) }
  }
}

function drawBatik(kind: BatikKind, { c, p, v }: Ctx): void {
  const cols = batikCols(kind, p)
  const make = batikPatterns[kind]
  if (v === 0) {
    const pat = make(0.25, cols)
    c.fill(pat)
    // pinggiran: plain border with a row of tumpal triangles at the bottom
    c.rect(0, 0.88, 1, 1, cols.dk)
    c.rect(0, 0.875, 1, 0.885, cols.bg)
    for (let i = 0; i < 10; i++) {
      const x0 = i * 0.1
      c.poly(
        [
          [x0 + 0.01, 0.99],
          [x0 + 0.05, 0.9],
          [x0 + 0.09, 0.99],
        ],
        i % 2 ? cols.ac : cols.fg
      )
    }
    return
  }
  // folded kain stack on a table
  const back = mix(p[0], [246, 241, 230], 0.55)
  c.fill(back)
  c.rect(0, 0.78, 1, 1, dark(back, 0.07))
  const pat = make(0.14, cols)
  c.roundRect(0.1, 0.6, 0.92, 0.94, 0.01, dark(back, 0.18))
  c.rect(0.08, 0.52, 0.9, 0.84, pat)
  c.rect(0.08, 0.84, 0.9, 0.91, shade(pat, 0.3))
  c.roundRect(0.2, 0.3, 0.82, 0.62, 0.01, dark(back, 0.25))
  c.rect(0.18, 0.2, 0.8, 0.55, pat)
  c.rect(0.18, 0.55, 0.8, 0.62, shade(pat, 0.3))
  c.rect(0.18, 0.2, 0.8, 0.215, cols.dk)
}

function backdrop({ c, p, v }: Ctx, bg = p[0]): void {
  c.fill(bg)
  if (v === 0) c.circle(0.5, 0.5, 0.41, tone(bg, 0.06))
  else c.rect(0, 0.72, 1, 1, tone(bg, 0.07))
}

function shadow(c: Canvas, cx: number, cy: number, rx: number, ry: number, bg: RGB): void {
  c.ellipse(cx, cy, rx, ry, dark(bg, 0.16))
}

// ── batik shirt ──

const SHIRT: Pt[] = [
  [0.4, 0.14],
  [0.26, 0.18],
  [0.1, 0.34],
  [0.19, 0.47],
  [0.27, 0.41],
  [0.27, 0.88],
  [0.73, 0.88],
  [0.73, 0.41],
  [0.81, 0.47],
  [0.9, 0.34],
  [0.74, 0.18],
  [0.6, 0.14],
]

function drawKemeja(ctx: Ctx): void {
  const { c, p, v, seed } = ctx
  const kinds: BatikKind[] = ["kawung", "parang", "truntum", "ceplok", "semarak"]
  const kind = ctx.pattern ?? kinds[seed % kinds.length]
  const cols: Cols = { bg: p[1], fg: p[2], dk: dark(p[1], 0.45), ac: mix(p[2], p[1], 0.35) }
  const pat = batikPatterns[kind](0.11, cols)
  const line = dark(p[1], 0.55)
  c.fill(p[0])
  if (v === 0) {
    c.circle(0.5, 0.52, 0.42, tone(p[0], 0.06))
    // hanger
    const metal: RGB = [120, 120, 125]
    c.ring(0.5, 0.085, 0.03, 0.01, metal, -PI, PI / 2)
    c.line(0.5, 0.115, 0.5, 0.14, 0.01, metal)
    c.polyline(
      [
        [0.2, 0.22],
        [0.5, 0.13],
        [0.8, 0.22],
      ],
      0.014,
      metal
    )
  } else {
    c.view(2, 0.43, 0.36)
  }
  c.poly(SHIRT.map(([x, y]) => [x, y + 0.006] as Pt), line)
  c.poly(SHIRT, pat)
  c.polyline(SHIRT, 0.006, line, true)
  // sleeve hems
  c.polyline(
    [
      [0.13, 0.38],
      [0.22, 0.45],
    ],
    0.012,
    line
  )
  c.polyline(
    [
      [0.87, 0.38],
      [0.78, 0.45],
    ],
    0.012,
    line
  )
  // neck opening and collar
  c.poly(
    [
      [0.41, 0.14],
      [0.5, 0.25],
      [0.59, 0.14],
      [0.5, 0.17],
    ],
    dark(p[1], 0.6)
  )
  const collar = shade(pat, 0.12)
  c.poly(
    [
      [0.4, 0.135],
      [0.36, 0.22],
      [0.49, 0.29],
      [0.5, 0.24],
    ],
    collar
  )
  c.poly(
    [
      [0.6, 0.135],
      [0.64, 0.22],
      [0.51, 0.29],
      [0.5, 0.24],
    ],
    collar
  )
  c.polyline(
    [
      [0.4, 0.135],
      [0.36, 0.22],
      [0.49, 0.29],
      [0.5, 0.24],
    ],
    0.005,
    line,
    true
  )
  c.polyline(
    [
      [0.6, 0.135],
      [0.64, 0.22],
      [0.51, 0.29],
      [0.5, 0.24],
    ],
    0.005,
    line,
    true
  )
  // placket and buttons
  c.rect(0.49, 0.28, 0.51, 0.88, shade(pat, 0.18))
  c.line(0.49, 0.28, 0.49, 0.88, 0.004, line)
  c.line(0.51, 0.28, 0.51, 0.88, 0.004, line)
  const btn: RGB = light(p[2], 0.3)
  for (const y of [0.34, 0.45, 0.56, 0.67, 0.78]) {
    c.circle(0.5, y, 0.011, dark(btn, 0.3))
    c.circle(0.5, y, 0.008, btn)
  }
  // chest pocket
  c.polyline(
    [
      [0.32, 0.37],
      [0.32, 0.5],
      [0.37, 0.52],
      [0.42, 0.5],
      [0.42, 0.37],
    ],
    0.004,
    line
  )
  c.line(0.32, 0.385, 0.42, 0.385, 0.003, line)
  c.resetView()
}

// ── salak ──

function salakFruit(c: Canvas, cx: number, cy: number, r: number, skin: RGB): void {
  const h = r * 1.15
  const line = dark(skin, 0.5)
  const dkScale = dark(skin, 0.22)
  const hiSkin = light(skin, 0.22)
  const hiLine = dark(skin, 0.3)
  const inside = (k: number) => (u: number, v: number) => {
    const yy = (v - cy) / (h * k)
    return Math.abs(u - cx) < tearWidth(yy) * r * k
  }
  c.fillPred(cx - r * 1.3, cy - h * 1.1, cx + r * 1.3, cy + h * 1.1, inside(1.06), line)
  c.fillPred(cx - r * 1.3, cy - h * 1.1, cx + r * 1.3, cy + h * 1.1, inside(1), (u, v) => {
    const xf = (u - cx) / r
    const yf = (v - cy) / h
    const hl = (xf + 0.38) ** 2 + (yf + 0.05) ** 2 < 0.1
    const p = frac((xf * 0.9 + yf) * 3.3)
    const q = frac((-xf * 0.9 + yf) * 3.3)
    if (p < 0.12 || q < 0.12) return hl ? hiLine : line
    if (p > 0.68 && q > 0.68) return dkScale
    return hl ? hiSkin : skin
  })
  c.poly(
    [
      [cx - r * 0.12, cy - h * 0.92],
      [cx, cy - h * 1.18],
      [cx + r * 0.12, cy - h * 0.92],
    ],
    line
  )
}

function drawSalak(ctx: Ctx): void {
  const { c, p, v } = ctx
  backdrop(ctx)
  const skin = p[1]
  const flesh = p[2]
  if (v === 0) {
    c.ellipse(0.28, 0.3, 0.27, 0.045, LEAF, -0.55)
    c.ellipse(0.72, 0.28, 0.27, 0.045, dark(LEAF, 0.15), 0.6)
    c.ellipse(0.5, 0.22, 0.04, 0.22, light(LEAF, 0.1), 0.05)
    c.line(0.14, 0.42, 0.46, 0.2, 0.006, dark(LEAF, 0.35))
    c.line(0.86, 0.41, 0.54, 0.18, 0.006, dark(LEAF, 0.45))
    shadow(c, 0.5, 0.83, 0.34, 0.05, p[0])
    salakFruit(c, 0.34, 0.56, 0.15, skin)
    salakFruit(c, 0.66, 0.55, 0.15, dark(skin, 0.06))
    salakFruit(c, 0.5, 0.66, 0.16, light(skin, 0.05))
    return
  }
  shadow(c, 0.33, 0.83, 0.17, 0.035, p[0])
  shadow(c, 0.67, 0.83, 0.2, 0.035, p[0])
  salakFruit(c, 0.33, 0.6, 0.18, skin)
  // peeled fruit: skin petals and three flesh lobes
  const petal = dark(skin, 0.1)
  for (const [dx, a] of [
    [-0.1, -0.5],
    [0.1, 0.5],
    [0, 0],
  ] as const) {
    c.poly(
      rot(
        [
          [-0.06, 0],
          [0, 0.12],
          [0.06, 0],
        ],
        0.67 + dx,
        0.72,
        a
      ),
      petal
    )
  }
  const fl = dark(flesh, 0.25)
  c.ellipse(0.615, 0.56, 0.078, 0.13, fl, -0.18)
  c.ellipse(0.615, 0.56, 0.07, 0.122, flesh, -0.18)
  c.ellipse(0.725, 0.56, 0.078, 0.13, fl, 0.18)
  c.ellipse(0.725, 0.56, 0.07, 0.122, light(flesh, 0.15), 0.18)
  c.ellipse(0.67, 0.62, 0.08, 0.12, fl)
  c.ellipse(0.67, 0.62, 0.072, 0.112, flesh)
  c.ellipse(0.65, 0.59, 0.018, 0.05, light(flesh, 0.5))
  // a loose lobe and a seed
  c.ellipse(0.5, 0.86, 0.075, 0.045, fl, 0.3)
  c.ellipse(0.5, 0.86, 0.068, 0.038, flesh, 0.3)
  c.ellipse(0.86, 0.86, 0.035, 0.025, dark(skin, 0.45), -0.4)
}

// ── chips / bowl helpers ──

function chip(c: Canvas, cx: number, cy: number, r: number, a: number, col: RGB, rng: Rng, disc = false): void {
  const pts = blob(cx, cy, r, disc ? r * 0.92 : r * 0.7, a, 12, rng, disc ? 0.12 : 0.3)
  c.poly(
    pts.map(([x, y]) => [cx + (x - cx) * 1.1, cy + (y - cy) * 1.12] as Pt),
    dark(col, disc ? 0.18 : 0.3)
  )
  c.poly(pts, col)
  if (disc) {
    c.circle(cx - r * 0.2, cy - r * 0.2, r * 0.35, light(col, 0.15))
  } else {
    c.circle(cx + r * 0.25, cy - r * 0.1, r * 0.09, dark(col, 0.2))
    c.circle(cx - r * 0.3, cy + r * 0.15, r * 0.07, dark(col, 0.2))
    c.ellipse(cx, cy, r * 0.6, r * 0.15, light(col, 0.12), a + 0.3)
  }
}

function bowlWithChips(ctx: Ctx, bowl: RGB, chipCol: RGB, disc: boolean): void {
  const { c, p, rng } = ctx
  shadow(c, 0.5, 0.86, 0.36, 0.05, p[0])
  c.ellipse(0.5, 0.56, 0.36, 0.085, dark(bowl, 0.4))
  const chips: [number, number, number, number, number][] = []
  for (let i = 0; i < 30; i++) {
    const x = 0.2 + rng() * 0.6
    const top = 0.58 - 0.22 * Math.max(0, 1 - ((x - 0.5) / 0.32) ** 2)
    const y = top + rng() * (0.6 - top)
    chips.push([x, y, 0.06 + rng() * 0.035, rng() * PI, rng()])
  }
  chips.sort((a, b) => a[1] - b[1])
  for (const [x, y, r, a, t] of chips) {
    const col = t < 0.33 ? chipCol : t < 0.66 ? light(chipCol, 0.14) : dark(chipCol, 0.08)
    chip(c, x, y, r, a, col, rng, disc)
  }
  const grain = dark(bowl, 0.12)
  c.fillPred(0.13, 0.56, 0.87, 0.84, (u, v) => ((u - 0.5) / 0.37) ** 2 + ((v - 0.56) / 0.27) ** 2 <= 1, (u, v) =>
    frac((v - 0.56) * 16 + 0.25 * Math.sin(u * 9)) < 0.12 ? grain : bowl
  )
  c.ellipseRing(0.5, 0.56, 0.37, 0.085, 0.016, light(bowl, 0.18), (_u, v) => v > 0.56)
}

function pouch(ctx: Ctx, body: RGB, label: RGB, windowPaint: (c: Canvas) => void): void {
  const { c } = ctx
  shadow(c, 0.5, 0.86, 0.26, 0.035, ctx.p[0])
  c.roundRect(0.27, 0.16, 0.73, 0.86, 0.04, body)
  c.rect(0.66, 0.16, 0.73, 0.86, dark(body, 0.12))
  c.roundRect(0.27, 0.16, 0.73, 0.22, 0.02, dark(body, 0.2))
  for (let x = 0.29; x < 0.72; x += 0.02) c.line(x, 0.17, x, 0.21, 0.004, dark(body, 0.35))
  c.line(0.29, 0.255, 0.71, 0.255, 0.006, dark(body, 0.25))
  c.roundRect(0.33, 0.29, 0.67, 0.37, 0.01, label)
  c.rect(0.36, 0.32, 0.64, 0.335, dark(label, 0.5))
  c.roundRect(0.335, 0.405, 0.665, 0.685, 0.035, dark(body, 0.35))
  const win: Pred = (u, v) => u > 0.345 && u < 0.655 && v > 0.415 && v < 0.675
  c.clip = win
  c.rect(0.34, 0.41, 0.66, 0.68, light(body, 0.7))
  windowPaint(c)
  c.clip = null
  c.roundRect(0.31, 0.73, 0.69, 0.8, 0.01, label)
  c.ellipse(0.37, 0.765, 0.03, 0.014, LEAF, -0.5)
}

function drawKeripik(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  backdrop(ctx)
  if (v === 0) {
    bowlWithChips(ctx, p[2], p[1], false)
    return
  }
  pouch(ctx, p[2], light(p[1], 0.6), (cv) => {
    for (let i = 0; i < 16; i++) chip(cv, 0.34 + rng() * 0.32, 0.42 + rng() * 0.26, 0.05 + rng() * 0.03, rng() * PI, i % 2 ? p[1] : light(p[1], 0.15), rng)
  })
  chip(c, 0.2, 0.86, 0.07, 0.4, p[1], rng)
  chip(c, 0.8, 0.85, 0.065, 1.2, light(p[1], 0.12), rng)
  chip(c, 0.7, 0.92, 0.06, 2.2, p[1], rng)
}

function drawEmping(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  backdrop(ctx)
  if (v === 1) {
    bowlWithChips(ctx, p[2], p[1], true)
    return
  }
  // tampah (round woven tray) seen from above
  shadow(c, 0.52, 0.53, 0.44, 0.44, p[0])
  c.circle(0.5, 0.5, 0.44, dark(p[2], 0.25))
  c.fillPred(0.08, 0.08, 0.92, 0.92, (u, vv) => Math.hypot(u - 0.5, vv - 0.5) < 0.41, weave(0.035, light(p[2], 0.35), light(p[2], 0.5), dark(p[2], 0.2)))
  c.ring(0.5, 0.5, 0.44, 0.035, p[2])
  for (let i = 0; i < 24; i++) {
    const a = rng() * 2 * PI
    const d = Math.sqrt(rng()) * 0.3
    chip(c, 0.5 + Math.cos(a) * d, 0.5 + Math.sin(a) * d, 0.06 + rng() * 0.025, rng() * PI, i % 3 ? p[1] : light(p[1], 0.2), rng, true)
  }
}

// ── coffee ──

function bean(c: Canvas, cx: number, cy: number, rx: number, ry: number, a: number, col: RGB): void {
  const crease = dark(col, 0.55)
  const hi = light(col, 0.16)
  const cos = Math.cos(a)
  const sin = Math.sin(a)
  c.ellipse(cx, cy, rx * 1.08, ry * 1.1, dark(col, 0.35), a)
  c.ellipse(cx, cy, rx, ry, (u, v) => {
    const dx = u - cx
    const dy = v - cy
    const al = (dx * cos + dy * sin) / rx
    const b = (-dx * sin + dy * cos) / ry
    if (Math.abs(b - 0.22 * Math.sin(al * PI)) < 0.09 && Math.abs(al) < 0.82) return crease
    if (b < -0.45 && al > -0.55 && al < 0.45) return hi
    return col
  }, a)
}

function cup(c: Canvas, cx: number, cy: number, k: number, cupCol: RGB, liquid: RGB, crema: RGB, bg: RGB): void {
  const line = dark(cupCol, 0.3)
  c.ellipse(cx, cy + 0.34 * k, 0.3 * k, 0.07 * k, line)
  c.ellipse(cx, cy + 0.335 * k, 0.29 * k, 0.062 * k, cupCol)
  c.ellipse(cx, cy + 0.335 * k, 0.17 * k, 0.035 * k, dark(cupCol, 0.08))
  c.ring(cx + 0.18 * k, cy + 0.12 * k, 0.075 * k, 0.028 * k, line)
  c.ring(cx + 0.18 * k, cy + 0.12 * k, 0.07 * k, 0.018 * k, cupCol)
  c.fillPred(cx - 0.2 * k, cy, cx + 0.2 * k, cy + 0.33 * k, (u, v) => {
    const t = (v - cy) / (0.3 * k)
    const hw = (0.185 - 0.05 * t * t) * k
    if (t > 1) return ((u - cx) / (0.135 * k)) ** 2 + ((v - cy - 0.3 * k) / (0.03 * k)) ** 2 < 1
    return Math.abs(u - cx) < hw
  }, (u) => (u < cx - 0.11 * k ? light(cupCol, 0.4) : u > cx + 0.12 * k ? dark(cupCol, 0.08) : cupCol))
  c.ellipse(cx, cy, 0.185 * k, 0.045 * k, line)
  c.ellipse(cx, cy, 0.17 * k, 0.036 * k, liquid)
  c.ellipse(cx - 0.01 * k, cy, 0.1 * k, 0.02 * k, crema)
  const steam = dark(bg, 0.08)
  for (const dx of [-0.07, 0, 0.07]) {
    const pts: Pt[] = []
    for (let i = 0; i <= 12; i++) {
      const t = i / 12
      pts.push([cx + dx * k + 0.02 * k * Math.sin(t * 2 * PI + dx * 30), cy - (0.08 + t * 0.2) * k])
    }
    c.polyline(pts, 0.012 * k, steam)
  }
}

function drawKopi(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  backdrop(ctx)
  if (v === 0) {
    for (let j = 0; j < 4; j++) {
      for (let i = 0; i < 4; i++) {
        if (rng() < 0.15) continue
        const x = 0.2 + i * 0.2 + (rng() - 0.5) * 0.09
        const y = 0.2 + j * 0.2 + (rng() - 0.5) * 0.09
        bean(c, x, y, 0.072 + rng() * 0.015, 0.052 + rng() * 0.008, rng() * PI, rng() < 0.5 ? p[1] : light(p[1], 0.08))
      }
    }
    return
  }
  const cupCol = lum(p[0]) > 0.6 ? light(p[0], 0.7) : PAPER
  cup(c, 0.48, 0.45, 1, cupCol, p[1], p[2], p[0])
  bean(c, 0.14, 0.84, 0.06, 0.043, 0.5, p[1])
  bean(c, 0.85, 0.82, 0.06, 0.043, 2.1, light(p[1], 0.08))
  bean(c, 0.8, 0.92, 0.055, 0.04, 1.2, p[1])
}

// ── bakpia / geplak ──

function drawBakpia(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  const crust = p[1]
  const spot = dark(p[1], 0.3)
  const filling = mix([222, 190, 110], p[2], 0.15)
  backdrop(ctx)
  if (v === 0) {
    const kraft = mix(p[2], p[0], 0.45)
    shadow(c, 0.52, 0.53, 0.4, 0.4, p[0])
    c.roundRect(0.11, 0.11, 0.89, 0.89, 0.02, kraft)
    c.rect(0.15, 0.15, 0.85, 0.85, dark(kraft, 0.15))
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 3; i++) {
        const x = 0.275 + i * 0.225
        const y = 0.275 + j * 0.225
        c.circle(x + 0.006, y + 0.008, 0.1, dark(kraft, 0.35))
        c.circle(x, y, 0.1, light(crust, 0.28))
        if (i === 2 && j === 2) {
          c.circle(x, y, 0.08, filling)
          c.circle(x - 0.02, y - 0.02, 0.025, light(filling, 0.2))
          continue
        }
        c.circle(x, y, 0.086, crust)
        for (let k = 0; k < 4; k++) {
          const a = rng() * 2 * PI
          const d = rng() * 0.05
          c.ellipse(x + Math.cos(a) * d, y + Math.sin(a) * d, 0.012 + rng() * 0.018, 0.01 + rng() * 0.012, spot, rng() * PI)
        }
      }
    }
    return
  }
  const puck = (cx: number, cy: number, rx: number, ry: number, th: number) => {
    c.ellipse(cx, cy + th, rx, ry, dark(crust, 0.15))
    c.rect(cx - rx, cy, cx + rx, cy + th, light(crust, 0.3))
    c.ellipse(cx, cy, rx, ry, crust)
    c.ellipse(cx - rx * 0.2, cy - ry * 0.1, rx * 0.28, ry * 0.35, spot, 0.2)
    c.ellipse(cx + rx * 0.35, cy + ry * 0.15, rx * 0.15, ry * 0.25, spot)
  }
  shadow(c, 0.42, 0.78, 0.26, 0.05, p[0])
  puck(0.42, 0.66, 0.22, 0.07, 0.07)
  puck(0.42, 0.55, 0.22, 0.07, 0.07)
  puck(0.42, 0.44, 0.22, 0.07, 0.07)
  shadow(c, 0.73, 0.86, 0.17, 0.03, p[0])
  c.roundRect(0.57, 0.74, 0.89, 0.86, 0.05, light(crust, 0.25))
  c.roundRect(0.6, 0.765, 0.86, 0.835, 0.03, filling)
  c.ellipse(0.66, 0.79, 0.03, 0.01, light(filling, 0.25))
}

function drawGeplak(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  const colours: RGB[] = [p[1], p[2], PAPER, [236, 196, 72]]
  const ball = (x: number, y: number, r: number, col: RGB) => {
    c.circle(x, y, r, dark(col, 0.22))
    c.circle(x - r * 0.04, y - r * 0.05, r * 0.92, col)
    c.circle(x - r * 0.3, y - r * 0.3, r * 0.22, light(col, 0.45))
  }
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.52, 0.53, 0.4, 0.4, p[0])
    c.rect(0.12, 0.12, 0.88, 0.88, weave(0.03, [214, 184, 122], [196, 164, 102], [140, 110, 60]))
    c.rect(0.17, 0.17, 0.83, 0.83, [226, 214, 184])
    for (let j = 0; j < 4; j++) {
      for (let i = 0; i < 4; i++) {
        ball(0.25 + i * 0.166 + (rng() - 0.5) * 0.02, 0.25 + j * 0.166 + (rng() - 0.5) * 0.02, 0.07, colours[(i + j * 3) % 4])
      }
    }
    return
  }
  c.ellipse(0.5, 0.66, 0.46, 0.2, LEAF, -0.08)
  c.line(0.06, 0.7, 0.94, 0.62, 0.008, dark(LEAF, 0.3))
  for (let k = 1; k < 8; k++) c.line(0.06 + k * 0.11, 0.69 - k * 0.009, 0.12 + k * 0.11, 0.55 - k * 0.009, 0.004, dark(LEAF, 0.2))
  let n = 0
  for (let row = 0; row < 4; row++) {
    const count = 4 - row
    for (let i = 0; i < count; i++) {
      ball(0.5 + (i - (count - 1) / 2) * 0.14, 0.68 - row * 0.11, 0.075, colours[n++ % 4])
    }
  }
}

// ── honey ──

function honeycomb(R: number, wall: RGB, cell: (i: number, j: number, du: number, dv: number, h: number) => RGB): Pattern {
  const s3 = Math.sqrt(3)
  return (x, y) => {
    const q = ((s3 / 3) * x - y / 3) / R
    const r = ((2 / 3) * y) / R
    let cx = q
    let cz = r
    const cy = -q - r
    let rx = Math.round(cx)
    let ry = Math.round(cy)
    let rz = Math.round(cz)
    const dx = Math.abs(rx - cx)
    const dy = Math.abs(ry - cy)
    const dz = Math.abs(rz - cz)
    if (dx > dy && dx > dz) rx = -ry - rz
    else if (dy > dz) ry = -rx - rz
    else rz = -rx - ry
    cx = R * (s3 * rx + (s3 / 2) * rz)
    cz = R * 1.5 * rz
    const du = x - cx
    const dv = y - cz
    const inr = (R * s3) / 2
    const h = Math.max(Math.abs(du), Math.abs(du * 0.5 + dv * (s3 / 2)), Math.abs(du * 0.5 - dv * (s3 / 2))) / inr
    if (h > 0.88) return wall
    return cell(rx, rz, du / R, dv / R, h)
  }
}

function drawMadu(ctx: Ctx): void {
  const { c, p, v } = ctx
  const honey = p[1]
  if (v === 1) {
    const wall = light(honey, 0.55)
    const capped = light(honey, 0.72)
    const hi = light(honey, 0.35)
    const deep = dark(honey, 0.25)
    const empty = dark(honey, 0.45)
    c.fill(honeycomb(0.075, wall, (i, j, du, dv, h) => {
      const t = hash2(i, j, 7)
      if (t < 0.3) return h < 0.6 ? light(capped, 0.3) : capped
      if (t < 0.4) return empty
      if ((du + 0.25) ** 2 + (dv + 0.25) ** 2 < 0.06) return hi
      return h > 0.7 ? deep : honey
    }))
    // a bee
    const body: RGB = [236, 184, 48]
    const wing: RGB = [232, 240, 248]
    c.ellipse(0.58, 0.36, 0.09, 0.045, dark(wing, 0.15), -0.9)
    c.ellipse(0.66, 0.34, 0.09, 0.045, wing, -0.5)
    c.ellipse(0.6, 0.45, 0.1, 0.06, (u) => (frac((u - 0.5) * 28) < 0.45 ? [40, 30, 20] : body), 0.35)
    c.circle(0.5, 0.41, 0.045, [40, 30, 20])
    c.ellipse(0.62, 0.32, 0.08, 0.04, light(wing, 0.3), -0.6)
    return
  }
  c.fill(honeycomb(0.06, tone(p[0], 0.07), () => p[0]))
  c.circle(0.5, 0.56, 0.36, tone(p[0], 0.04))
  shadow(c, 0.5, 0.86, 0.28, 0.04, p[0])
  const glass = dark(honey, 0.35)
  c.roundRect(0.29, 0.33, 0.71, 0.86, 0.07, glass)
  c.roundRect(0.305, 0.35, 0.695, 0.845, 0.06, honey)
  c.rect(0.305, 0.35, 0.695, 0.39, light(honey, 0.55))
  c.roundRect(0.33, 0.42, 0.365, 0.8, 0.015, light(honey, 0.45))
  c.rect(0.29, 0.5, 0.71, 0.7, PAPER)
  c.rect(0.29, 0.68, 0.71, 0.7, p[2])
  c.poly(hexagon(0.5, 0.59, 0.06), p[2])
  c.poly(hexagon(0.5, 0.59, 0.042), honey)
  c.roundRect(0.31, 0.24, 0.69, 0.34, 0.02, p[2])
  for (let x = 0.33; x < 0.68; x += 0.03) c.line(x, 0.255, x, 0.325, 0.006, dark(p[2], 0.3))
  // dipper
  const wood: RGB = [176, 124, 70]
  c.ellipse(0.42, 0.93, 0.09, 0.02, honey)
  c.rect(0.5, 0.885, 0.88, 0.905, wood)
  c.roundRect(0.34, 0.85, 0.5, 0.935, 0.035, wood)
  for (let x = 0.37; x < 0.49; x += 0.03) c.line(x, 0.855, x, 0.93, 0.008, dark(wood, 0.3))
}

// ── wedang / drinks ──

function spices(c: Canvas, rng: Rng, x0: number, y0: number, x1: number, y1: number, n: number, base: RGB): void {
  for (let i = 0; i < n; i++) {
    const x = x0 + rng() * (x1 - x0)
    const y = y0 + rng() * (y1 - y0)
    const t = rng()
    if (t < 0.4) c.poly(rot([[-0.035, -0.008], [0.035, -0.008], [0.035, 0.008], [-0.035, 0.008]], x, y, rng() * PI), t < 0.2 ? [150, 40, 40] : dark(base, 0.1))
    else if (t < 0.7) c.poly(star(x, y, 0.022, 0.009, 8), dark(base, 0.35))
    else c.circle(x, y, 0.014, [226, 206, 140])
  }
}

function drawWedang(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  const drink = p[1]
  const spice = p[2]
  backdrop(ctx)
  if (v === 0) {
    const glass = light(p[0], 0.55)
    const edge = dark(p[0], 0.2)
    shadow(c, 0.48, 0.85, 0.22, 0.035, p[0])
    c.ring(0.67, 0.58, 0.085, 0.03, edge)
    const body: Pred = (u, vv) => vv > 0.28 && vv < 0.85 && Math.abs(u - 0.48) < 0.18 - (vv - 0.28) * 0.05
    c.fillPred(0.28, 0.28, 0.68, 0.85, body, glass)
    c.clip = body
    c.rect(0.2, 0.38, 0.8, 0.83, drink)
    c.ellipse(0.48, 0.38, 0.18, 0.03, light(drink, 0.2))
    c.poly(rot([[-0.1, -0.012], [0.1, -0.012], [0.1, 0.012], [-0.1, 0.012]], 0.5, 0.45, -0.9), spice)
    c.poly(star(0.42, 0.39, 0.035, 0.014, 8), dark(spice, 0.3))
    c.rect(0.33, 0.3, 0.35, 0.8, light(glass, 0.5))
    c.clip = null
    c.ellipseRing(0.48, 0.28, 0.18, 0.03, 0.008, edge)
    c.rect(0.3, 0.83, 0.66, 0.85, edge)
    // spices on the table
    c.poly(star(0.16, 0.84, 0.07, 0.03, 8), dark(spice, 0.3))
    c.circle(0.16, 0.84, 0.015, dark(spice, 0.5))
    for (const [y, a] of [
      [0.8, -0.15],
      [0.86, 0.05],
    ] as const) {
      c.poly(rot([[-0.12, -0.02], [0.12, -0.02], [0.12, 0.02], [-0.12, 0.02]], 0.8, y, a), spice)
      c.poly(rot([[-0.12, -0.006], [0.12, -0.006], [0.12, 0.006], [-0.12, 0.006]], 0.8, y, a), dark(spice, 0.35))
    }
    c.circle(0.58, 0.92, 0.035, [226, 206, 140])
    c.ring(0.58, 0.92, 0.035, 0.006, [180, 150, 90])
    return
  }
  const kraft: RGB = [196, 160, 112]
  pouch(ctx, kraft, PAPER, (cv) => {
    cv.rect(0.3, 0.4, 0.7, 0.7, [160, 60, 50])
    spices(cv, rng, 0.34, 0.42, 0.66, 0.68, 30, spice)
  })
  spices(c, rng, 0.1, 0.8, 0.25, 0.95, 5, spice)
  spices(c, rng, 0.75, 0.8, 0.92, 0.95, 5, spice)
}

// ── chocolate & candies ──

function drawCokelat(ctx: Ctx): void {
  const { c, p, v } = ctx
  const choc = p[1]
  const wrap = p[2]
  const piece = (u0: number, v0: number, u1: number, v1: number) => {
    c.rect(u0, v0, u1, v1, dark(choc, 0.3))
    c.rect(u0, v0, u1 - 0.01, v1 - 0.01, light(choc, 0.15))
    c.rect(u0 + 0.012, v0 + 0.012, u1 - 0.016, v1 - 0.016, choc)
  }
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.52, 0.78, 0.36, 0.04, p[0])
    c.roundRect(0.16, 0.26, 0.84, 0.76, 0.02, dark(choc, 0.25))
    for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) piece(0.18 + i * 0.1, 0.28 + j * 0.155, 0.275 + i * 0.1, 0.43 + j * 0.155)
    // foil and wrapper on the right
    c.poly(
      [
        [0.55, 0.24],
        [0.86, 0.24],
        [0.86, 0.78],
        [0.55, 0.78],
        ...Array.from({ length: 9 }, (_, i) => [i % 2 ? 0.53 : 0.56, 0.78 - (i + 1) * 0.06] as Pt),
      ],
      [205, 205, 210]
    )
    c.rect(0.6, 0.24, 0.86, 0.78, wrap)
    c.rect(0.6, 0.24, 0.62, 0.78, dark(wrap, 0.2))
    c.circle(0.73, 0.48, 0.1, PAPER)
    salakFruit(c, 0.73, 0.49, 0.055, [110, 60, 32])
    c.rect(0.64, 0.66, 0.82, 0.68, PAPER)
    c.rect(0.66, 0.7, 0.8, 0.715, PAPER)
    return
  }
  const box = wrap
  shadow(c, 0.52, 0.86, 0.4, 0.04, p[0])
  c.roundRect(0.1, 0.18, 0.9, 0.84, 0.02, box)
  c.rect(0.14, 0.22, 0.86, 0.8, dark(box, 0.3))
  for (let j = 0; j < 3; j++) {
    for (let i = 0; i < 3; i++) {
      const x = 0.26 + i * 0.24
      const y = 0.32 + j * 0.19
      c.circle(x, y + 0.01, 0.085, dark(choc, 0.35))
      c.circle(x, y, 0.08, choc)
      const pts: Pt[] = []
      for (let k = 0; k <= 8; k++) pts.push([x - 0.06 + k * 0.015, y - 0.01 + (k % 2 ? -0.025 : 0.02)])
      c.polyline(pts, 0.008, (i + j) % 2 ? light(choc, 0.45) : light(wrap, 0.4))
      c.circle(x - 0.03, y - 0.04, 0.012, light(choc, 0.3))
    }
  }
}

function candy(c: Canvas, cx: number, cy: number, L: number, a: number, body: RGB, wrap: RGB): void {
  const h = L * 0.22
  const e = L * 0.5
  const tw = L * 0.3
  for (const s of [-1, 1]) {
    c.poly(
      rot(
        [
          [s * e * 0.9, -h * 0.3],
          [s * (e + tw), -h * 1.1],
          [s * (e + tw * 0.85), 0],
          [s * (e + tw), h * 1.1],
          [s * e * 0.9, h * 0.3],
        ],
        cx,
        cy,
        a
      ),
      wrap
    )
  }
  const bodyPts = rot([[-e, -h], [e, -h], [e, h], [-e, h]], cx, cy, a)
  c.poly(bodyPts, dark(body, 0.25))
  c.poly(rot([[-e * 0.96, -h * 0.88], [e * 0.96, -h * 0.88], [e * 0.96, h * 0.8], [-e * 0.96, h * 0.8]], cx, cy, a), body)
  c.poly(rot([[-e * 0.8, -h * 0.6], [e * 0.7, -h * 0.6], [e * 0.7, -h * 0.35], [-e * 0.8, -h * 0.35]], cx, cy, a), light(body, 0.25))
  c.poly(rot([[e * 0.75, -h], [e * 0.85, -h], [e * 0.85, h], [e * 0.75, h]], cx, cy, a), light(wrap, 0.2))
  c.poly(rot([[-e * 0.85, -h], [-e * 0.75, -h], [-e * 0.75, h], [-e * 0.85, h]], cx, cy, a), light(wrap, 0.2))
}

function drawDodol(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  const body = p[1]
  const wrap = mix(p[2], WHITE, 0.35)
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.68, 0.44, 0.2, p[0])
    c.ellipse(0.5, 0.62, 0.44, 0.22, dark(PAPER, 0.12))
    c.ellipse(0.5, 0.615, 0.42, 0.205, PAPER)
    c.ellipse(0.5, 0.63, 0.3, 0.13, dark(PAPER, 0.05))
    const items: [number, number, number][] = []
    for (let i = 0; i < 11; i++) items.push([0.24 + rng() * 0.52, 0.48 + rng() * 0.22, rng() * PI])
    items.sort((a, b) => a[1] - b[1])
    for (const [x, y, a] of items) candy(c, x, y, 0.16, a, body, wrap)
    return
  }
  shadow(c, 0.5, 0.86, 0.38, 0.04, p[0])
  candy(c, 0.33, 0.38, 0.3, -0.35, body, wrap)
  candy(c, 0.62, 0.56, 0.3, 0.25, dark(body, 0.08), wrap)
  // unwrapped cut piece
  c.roundRect(0.2, 0.7, 0.52, 0.84, 0.02, dark(body, 0.3))
  c.roundRect(0.2, 0.69, 0.5, 0.82, 0.02, body)
  c.rect(0.23, 0.71, 0.47, 0.725, light(body, 0.3))
  c.rect(0.5, 0.69, 0.52, 0.84, dark(body, 0.15))
}

// ── bamboo weaving ──

function weave(W: number, a: RGB, b: RGB, gap: RGB): Pattern {
  const aE = dark(a, 0.16)
  const bE = dark(b, 0.16)
  const aS = dark(a, 0.08)
  const bS = dark(b, 0.08)
  return (x, y) => {
    const gx = x / W
    const gy = y / W
    const i = Math.floor(gx)
    const j = Math.floor(gy)
    const fx = gx - i
    const fy = gy - j
    if ((fx < 0.07 || fx > 0.93) && (fy < 0.07 || fy > 0.93)) return gap
    const horizontal = (((i + j) % 4) + 4) % 4 < 2
    if (horizontal) {
      if (fy < 0.09 || fy > 0.91) return aE
      return Math.abs(fy - 0.3 - 0.4 * hash2(j, 0, 11)) < 0.035 ? aS : a
    }
    if (fx < 0.09 || fx > 0.91) return bE
    return Math.abs(fx - 0.3 - 0.4 * hash2(i, 0, 12)) < 0.035 ? bS : b
  }
}

function drawBambu(ctx: Ctx): void {
  const { c, p, v } = ctx
  if (v === 1) {
    c.fill(weave(0.1, p[1], light(p[1], 0.2), dark(p[2], 0.3)))
    return
  }
  backdrop(ctx)
  shadow(c, 0.5, 0.86, 0.3, 0.04, p[0])
  const bind = (u: number, vv: number): RGB => (frac((u + vv) * 45) < 0.3 ? dark(p[2], 0.3) : p[2])
  c.ring(0.5, 0.37, 0.2, 0.035, bind, -PI, 0)
  const basket = weave(0.045, p[1], light(p[1], 0.18), dark(p[2], 0.25))
  c.poly(
    [
      [0.19, 0.38],
      [0.81, 0.38],
      [0.72, 0.85],
      [0.28, 0.85],
    ],
    basket
  )
  c.poly(
    [
      [0.7, 0.38],
      [0.81, 0.38],
      [0.72, 0.85],
      [0.64, 0.85],
    ],
    weave(0.045, dark(p[1], 0.12), dark(light(p[1], 0.18), 0.12), dark(p[2], 0.35))
  )
  c.roundRect(0.16, 0.33, 0.84, 0.41, 0.035, bind)
  c.roundRect(0.27, 0.83, 0.73, 0.87, 0.015, dark(p[2], 0.15))
}

function drawCaping(ctx: Ctx): void {
  const { c, p, v } = ctx
  const straw = p[1]
  const lines = dark(straw, 0.18)
  const alt = light(straw, 0.12)
  if (v === 1) {
    c.fill(p[0])
    c.circle(0.52, 0.53, 0.43, dark(p[0], 0.15))
    c.fillPred(0.07, 0.07, 0.93, 0.93, (u, vv) => Math.hypot(u - 0.5, vv - 0.5) < 0.42, (u, vv) => {
      const r = Math.hypot(u - 0.5, vv - 0.5)
      const ring = Math.floor(r * 30)
      const n = Math.max(6, ring * 6)
      const th = (Math.atan2(vv - 0.5, u - 0.5) + PI) / (2 * PI)
      const sec = th * n
      if (frac(r * 30) < 0.12 || frac(sec) < 0.08) return lines
      return (Math.floor(sec) + ring) % 2 ? alt : straw
    })
    c.ring(0.5, 0.5, 0.43, 0.03, p[2])
    c.circle(0.5, 0.5, 0.045, p[2])
    c.circle(0.49, 0.49, 0.02, light(p[2], 0.3))
    return
  }
  c.fill(p[0])
  c.rect(0, 0.72, 1, 1, mix(LEAF, p[0], 0.45))
  shadow(c, 0.5, 0.8, 0.38, 0.05, mix(LEAF, p[0], 0.45))
  c.ellipse(0.5, 0.6, 0.42, 0.07, dark(straw, 0.35))
  c.ring(0.5, 0.66, 0.12, 0.008, dark(p[2], 0.2), 0, PI)
  const apex: Pt = [0.5, 0.2]
  c.poly(
    [
      apex,
      [0.08, 0.6],
      [0.92, 0.6],
    ],
    (u, vv) => {
      const d = vv - apex[1]
      const a = (u - apex[0]) / (d + 1e-6)
      const fa = frac(a * 7)
      if (fa < 0.07 || frac(d * 22) < 0.1) return lines
      return (Math.floor(a * 7) + Math.floor(d * 22)) % 2 ? alt : straw
    }
  )
  c.ellipseRing(0.5, 0.6, 0.42, 0.07, 0.02, p[2], (_u, vv) => vv > 0.59)
  c.line(0.08, 0.6, 0.5, 0.2, 0.01, dark(straw, 0.25))
  c.line(0.92, 0.6, 0.5, 0.2, 0.01, dark(straw, 0.25))
  c.circle(0.5, 0.2, 0.025, p[2])
}

// ── leather ──

function drawKulit(ctx: Ctx): void {
  const { c, p, v } = ctx
  const leather = p[1]
  const stitch = p[2]
  const metal: RGB = [206, 176, 106]
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.86, 0.34, 0.04, p[0])
    c.ring(0.5, 0.37, 0.155, 0.035, dark(leather, 0.35), -PI, 0)
    c.ring(0.5, 0.39, 0.155, 0.035, dark(leather, 0.15), -PI, 0)
    c.poly(
      [
        [0.24, 0.37],
        [0.76, 0.37],
        [0.81, 0.85],
        [0.19, 0.85],
      ],
      leather
    )
    c.poly(
      [
        [0.24, 0.37],
        [0.31, 0.37],
        [0.27, 0.85],
        [0.19, 0.85],
      ],
      light(leather, 0.1)
    )
    c.poly(
      [
        [0.7, 0.37],
        [0.76, 0.37],
        [0.81, 0.85],
        [0.74, 0.85],
      ],
      dark(leather, 0.14)
    )
    c.rect(0.24, 0.37, 0.76, 0.41, dark(leather, 0.12))
    c.rect(0.19, 0.83, 0.81, 0.86, dark(leather, 0.25))
    for (const x of [0.345, 0.655]) {
      c.roundRect(x - 0.025, 0.35, x + 0.025, 0.45, 0.008, dark(leather, 0.2))
      c.circle(x, 0.425, 0.01, metal)
    }
    c.dashed(
      [
        [0.26, 0.43],
        [0.74, 0.43],
      ],
      0.005,
      0.015,
      0.01,
      stitch
    )
    c.roundRect(0.33, 0.53, 0.67, 0.76, 0.02, dark(leather, 0.07))
    c.dashed(
      [
        [0.345, 0.545],
        [0.655, 0.545],
        [0.655, 0.745],
        [0.345, 0.745],
      ],
      0.005,
      0.015,
      0.01,
      stitch,
      true
    )
    c.rect(0.48, 0.47, 0.52, 0.64, dark(leather, 0.3))
    c.ring(0.5, 0.6, 0.03, 0.008, metal)
    return
  }
  c.ring(0.5, 0.48, 0.27, 0.032, dark(leather, 0.25), -PI, 0)
  c.dashed(
    Array.from({ length: 25 }, (_, i) => {
      const a = -PI + (i / 24) * PI
      return [0.5 + Math.cos(a) * 0.254, 0.48 + Math.sin(a) * 0.254] as Pt
    }),
    0.004,
    0.012,
    0.01,
    stitch
  )
  shadow(c, 0.5, 0.86, 0.32, 0.04, p[0])
  c.roundRect(0.21, 0.44, 0.79, 0.85, 0.06, leather)
  c.roundRect(0.21, 0.44, 0.79, 0.7, 0.05, dark(leather, 0.12))
  c.ellipse(0.5, 0.7, 0.29, 0.06, dark(leather, 0.12), 0)
  c.dashed(
    [
      [0.23, 0.47],
      [0.77, 0.47],
      [0.77, 0.69],
    ],
    0.005,
    0.015,
    0.01,
    stitch
  )
  c.dashed(
    [
      [0.23, 0.47],
      [0.23, 0.69],
    ],
    0.005,
    0.015,
    0.01,
    stitch
  )
  c.roundRect(0.45, 0.71, 0.55, 0.78, 0.01, metal)
  c.circle(0.5, 0.745, 0.012, dark(metal, 0.35))
  c.rect(0.21, 0.8, 0.79, 0.81, dark(leather, 0.2))
}

function drawDompet(ctx: Ctx): void {
  const { c, p, v } = ctx
  const leather = p[1]
  const stitch = p[2]
  const cards: RGB[] = [[52, 110, 170], PAPER, [200, 70, 60]]
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.76, 0.34, 0.04, p[0])
    c.roundRect(0.3, 0.22, 0.55, 0.36, 0.01, cards[0])
    c.roundRect(0.48, 0.25, 0.72, 0.36, 0.01, cards[1])
    c.rect(0.5, 0.27, 0.6, 0.285, dark(cards[1], 0.2))
    c.roundRect(0.2, 0.3, 0.8, 0.74, 0.04, leather)
    c.rect(0.2, 0.3, 0.26, 0.74, dark(leather, 0.15))
    c.rect(0.76, 0.3, 0.8, 0.74, light(leather, 0.08))
    c.dashed(
      [
        [0.29, 0.33],
        [0.77, 0.33],
        [0.77, 0.71],
        [0.29, 0.71],
      ],
      0.005,
      0.016,
      0.01,
      stitch,
      true
    )
    c.ring(0.68, 0.62, 0.04, 0.008, dark(leather, 0.25))
    c.circle(0.68, 0.62, 0.015, dark(leather, 0.25))
    return
  }
  shadow(c, 0.5, 0.8, 0.42, 0.04, p[0])
  c.roundRect(0.08, 0.26, 0.92, 0.78, 0.03, leather)
  c.rect(0.495, 0.26, 0.505, 0.78, dark(leather, 0.35))
  // ID window on the left
  c.roundRect(0.14, 0.34, 0.44, 0.66, 0.015, light(leather, 0.35))
  c.roundRect(0.16, 0.38, 0.42, 0.62, 0.01, light(cards[0], 0.55))
  c.circle(0.22, 0.47, 0.035, dark(cards[0], 0.1))
  c.rect(0.28, 0.44, 0.4, 0.455, dark(cards[0], 0.1))
  c.rect(0.28, 0.49, 0.38, 0.505, dark(cards[0], 0.1))
  // card slots on the right
  for (let k = 0; k < 3; k++) {
    const y = 0.32 + k * 0.13
    c.roundRect(0.58, y - 0.05, 0.86, y + 0.05, 0.01, cards[k])
    c.rect(0.56, y, 0.88, 0.74, k % 2 ? dark(leather, 0.08) : dark(leather, 0.16))
    c.line(0.56, y, 0.88, y, 0.006, dark(leather, 0.4))
  }
  c.dashed(
    [
      [0.11, 0.29],
      [0.89, 0.29],
      [0.89, 0.75],
      [0.11, 0.75],
    ],
    0.005,
    0.016,
    0.01,
    stitch,
    true
  )
}

// ── pottery ──

function pot(c: Canvas, cx: number, top: number, H: number, r: (t: number) => number, col: RGB, band: RGB, bands: number[]): void {
  const hi = light(col, 0.14)
  const sh = dark(col, 0.2)
  const bandDk = dark(band, 0.2)
  const maxR = 0.4
  c.fillPred(cx - maxR, top, cx + maxR, top + H, (u, v) => Math.abs(u - cx) < r((v - top) / H), (u, v) => {
    const t = (v - top) / H
    const xr = (u - cx) / r(t)
    for (const b of bands) {
      if (Math.abs(t - b) < 0.025) {
        const z = Math.abs(frac(xr * 4) - 0.5) * 0.05
        return Math.abs(t - b - z + 0.012) < 0.008 ? bandDk : band
      }
    }
    if (xr < -0.55 && xr > -0.8) return hi
    if (xr > 0.5) return sh
    return col
  })
}

function drawGerabah(ctx: Ctx): void {
  const { c, p, v } = ctx
  const clay = p[1]
  const band = p[2]
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.86, 0.26, 0.04, p[0])
    // spout
    c.poly(
      [
        [0.6, 0.6],
        [0.74, 0.4],
        [0.77, 0.42],
        [0.66, 0.66],
      ],
      dark(clay, 0.08)
    )
    c.ellipse(0.755, 0.41, 0.022, 0.012, dark(clay, 0.4), -0.9)
    const kendi = profile([
      [0, 0.055],
      [0.04, 0.05],
      [0.08, 0.036],
      [0.26, 0.04],
      [0.36, 0.13],
      [0.6, 0.22],
      [0.85, 0.16],
      [0.95, 0.08],
      [1, 0.08],
    ])
    pot(c, 0.5, 0.2, 0.66, kendi, clay, band, [0.42, 0.8])
    c.ellipse(0.5, 0.2, 0.055, 0.012, dark(clay, 0.45))
    return
  }
  const vase = profile([
    [0, 0.085],
    [0.06, 0.07],
    [0.2, 0.055],
    [0.55, 0.15],
    [0.85, 0.12],
    [1, 0.075],
  ])
  const small = profile([
    [0, 0.07],
    [0.1, 0.065],
    [0.45, 0.13],
    [0.85, 0.1],
    [1, 0.07],
  ])
  const bowl = profile([
    [0, 0.18],
    [0.3, 0.17],
    [1, 0.09],
  ])
  shadow(c, 0.5, 0.88, 0.4, 0.05, p[0])
  pot(c, 0.3, 0.2, 0.66, vase, clay, band, [0.35, 0.62])
  c.ellipse(0.3, 0.2, 0.085, 0.015, dark(clay, 0.45))
  pot(c, 0.64, 0.44, 0.4, small, dark(clay, 0.1), band, [0.3])
  c.ellipse(0.64, 0.44, 0.07, 0.013, dark(clay, 0.5))
  pot(c, 0.62, 0.72, 0.16, bowl, light(clay, 0.08), band, [])
  c.ellipse(0.62, 0.72, 0.18, 0.03, dark(clay, 0.35))
}

// ── wayang & topeng ──

function tatah(base: RGB, hole: RGB, gold: RGB, stripe = 0): Pattern {
  return (u, v) => {
    if (stripe && frac(v * stripe) < 0.14) return gold
    return Math.hypot(frac(u * 55) - 0.5, frac(v * 55 + (Math.floor(u * 55) % 2) * 0.5) - 0.5) < 0.2 ? hole : base
  }
}

function drawWayang(ctx: Ctx): void {
  const { c, p, v } = ctx
  const skin = p[1]
  const gold = p[2]
  const horn = dark(gold, 0.55)
  c.fill(p[0])
  c.circle(0.5, 0.42, 0.4, light(p[0], 0.35))
  c.rect(0, 0.92, 1, 1, [110, 130, 60])
  c.rect(0, 0.92, 1, 0.93, [80, 100, 40])
  if (v === 1) c.view(2.1, 0.52, 0.3)
  const body = tatah(skin, light(p[0], 0.2), gold)
  const cloth = tatah(skin, light(p[0], 0.2), gold, 14)
  // central stick
  c.line(0.5, 0.2, 0.5, 0.99, 0.012, horn)
  // back arm
  c.polyline(
    [
      [0.46, 0.32],
      [0.39, 0.45],
      [0.36, 0.58],
    ],
    0.02,
    skin
  )
  c.line(0.36, 0.58, 0.3, 0.99, 0.007, horn)
  // kampuh (lower garment) and legs
  c.poly(
    [
      [0.44, 0.5],
      [0.56, 0.5],
      [0.6, 0.64],
      [0.71, 0.79],
      [0.65, 0.8],
      [0.59, 0.73],
      [0.58, 0.86],
      [0.42, 0.86],
      [0.39, 0.7],
    ],
    cloth
  )
  c.line(0.46, 0.85, 0.44, 0.91, 0.02, skin)
  c.line(0.55, 0.85, 0.6, 0.91, 0.02, skin)
  c.poly(
    [
      [0.41, 0.9],
      [0.5, 0.9],
      [0.52, 0.92],
      [0.41, 0.92],
    ],
    skin
  )
  c.poly(
    [
      [0.57, 0.9],
      [0.67, 0.9],
      [0.69, 0.92],
      [0.57, 0.92],
    ],
    skin
  )
  // torso
  c.poly(
    [
      [0.435, 0.3],
      [0.565, 0.3],
      [0.53, 0.44],
      [0.545, 0.5],
      [0.455, 0.5],
      [0.47, 0.44],
    ],
    body
  )
  c.rect(0.42, 0.48, 0.58, 0.51, gold)
  c.ellipse(0.5, 0.3, 0.06, 0.018, gold)
  // head in profile, facing right
  c.poly(
    [
      [0.46, 0.15],
      [0.515, 0.16],
      [0.53, 0.19],
      [0.605, 0.222],
      [0.6, 0.23],
      [0.545, 0.235],
      [0.545, 0.262],
      [0.52, 0.275],
      [0.51, 0.3],
      [0.47, 0.3],
      [0.45, 0.23],
    ],
    skin
  )
  c.ellipse(0.535, 0.205, 0.018, 0.005, light(p[0], 0.3), 0.25)
  // crown: gelung (hair bun) with curl and forehead band
  c.circle(0.455, 0.165, 0.04, skin)
  c.ring(0.455, 0.165, 0.04, 0.01, gold)
  c.poly(
    [
      [0.47, 0.13],
      [0.41, 0.09],
      [0.43, 0.14],
    ],
    skin
  )
  c.ring(0.415, 0.115, 0.025, 0.008, gold, -PI, PI / 2)
  c.line(0.47, 0.165, 0.525, 0.175, 0.01, gold)
  c.circle(0.43, 0.24, 0.014, gold)
  // front arm with sticks
  c.polyline(
    [
      [0.55, 0.32],
      [0.62, 0.45],
      [0.69, 0.54],
    ],
    0.02,
    skin
  )
  c.circle(0.62, 0.45, 0.013, gold)
  c.circle(0.55, 0.32, 0.016, gold)
  c.line(0.69, 0.54, 0.74, 0.99, 0.007, horn)
  c.resetView()
}

function drawGunungan(ctx: Ctx): void {
  const { c, p, v } = ctx
  const leather = p[1]
  const tree = p[2]
  const goldC = mix(GOLD, p[0], 0.2)
  c.fill(p[0])
  c.circle(0.5, 0.45, 0.42, light(p[0], 0.3))
  if (v === 1) c.view(1.8, 0.5, 0.4)
  const hw = (y: number): number => {
    const t = (y - 0.08) / 0.76
    if (t <= 0 || t > 1) return 0
    return 0.31 * Math.pow(Math.sin((t * PI) / 2), 0.85)
  }
  c.line(0.5, 0.8, 0.5, 0.99, 0.016, dark(goldC, 0.5))
  c.fillPred(0.15, 0.06, 0.85, 0.86, (u, y) => Math.abs(u - 0.5) < hw(y) + 0.012 && y < 0.85, dark(leather, 0.45))
  const inner = tatah(leather, light(p[0], 0.25), goldC)
  c.fillPred(0.15, 0.08, 0.85, 0.84, (u, y) => Math.abs(u - 0.5) < hw(y) && y < 0.84, (u, y) => {
    const d = hw(y) - Math.abs(u - 0.5)
    if (d < 0.022) return goldC
    if (d < 0.03) return dark(leather, 0.3)
    return inner(u, y)
  })
  // tree of life
  c.poly(
    [
      [0.475, 0.72],
      [0.525, 0.72],
      [0.507, 0.2],
      [0.493, 0.2],
    ],
    tree
  )
  for (let k = 0; k < 6; k++) {
    const y = 0.64 - k * 0.075
    const reach = Math.max(0.05, (hw(y) - 0.07) * 0.85)
    for (const s of [-1, 1]) {
      const pts: Pt[] = []
      for (let i = 0; i <= 8; i++) {
        const t = i / 8
        pts.push([0.5 + s * reach * t, y - 0.05 * Math.sin(t * PI) - t * 0.03])
      }
      c.polyline(pts, 0.012, tree)
      c.circle(0.5 + s * reach, y - 0.03, 0.018, goldC)
      c.circle(0.5 + s * reach, y - 0.03, 0.008, tree)
    }
  }
  c.circle(0.5, 0.18, 0.025, goldC)
  // gapura (gate) at the base
  c.rect(0.4, 0.72, 0.6, 0.84, goldC)
  c.poly(
    [
      [0.38, 0.73],
      [0.5, 0.66],
      [0.62, 0.73],
    ],
    dark(goldC, 0.15)
  )
  c.rect(0.46, 0.76, 0.54, 0.84, dark(leather, 0.4))
  c.ring(0.5, 0.76, 0.04, 0.04, dark(leather, 0.4), -PI, 0)
  c.rect(0.42, 0.76, 0.44, 0.84, dark(goldC, 0.3))
  c.rect(0.56, 0.76, 0.58, 0.84, dark(goldC, 0.3))
  c.resetView()
}

function drawTopeng(ctx: Ctx): void {
  const { c, p, v } = ctx
  const face = p[1]
  const acc = p[2]
  const hole: RGB = [24, 20, 18]
  const refined = lum(face) > 0.55
  const goldC = mix(GOLD, face, 0.1)
  c.fill(p[0])
  c.circle(0.5, 0.5, 0.42, tone(p[0], 0.07))
  if (v === 1) c.view(1.6, 0.5, 0.44)
  const mask: Pred = (u, y) => {
    const t = Math.max(0, (y - 0.5) / 0.3)
    const rx = 0.215 * (1 - 0.28 * t * t)
    return ((u - 0.5) / rx) ** 2 + ((y - 0.5) / 0.3) ** 2 <= 1
  }
  c.fillPred(0.27, 0.18, 0.73, 0.82, (u, y) => mask(0.5 + (u - 0.5) / 1.04, 0.5 + (y - 0.52) / 1.03), dark(p[0], 0.45))
  c.fillPred(0.27, 0.18, 0.73, 0.82, mask, (u) => (u > 0.6 ? dark(face, 0.1) : face))
  // jamang (forehead ornament)
  c.clip = mask
  c.fillPred(0.27, 0.18, 0.73, 0.32, (_u, y) => y < 0.29, (u, y) => (Math.abs(frac(u * 18) - 0.5) < (0.29 - y) * 6 ? dark(goldC, 0.25) : goldC))
  c.rect(0.27, 0.29, 0.73, 0.305, dark(goldC, 0.35))
  c.clip = null
  c.poly(
    [
      [0.5, 0.31],
      [0.515, 0.34],
      [0.5, 0.37],
      [0.485, 0.34],
    ],
    acc
  )
  if (refined) {
    c.ring(0.43, 0.425, 0.06, 0.008, hole, -PI * 0.85, -PI * 0.2)
    c.ring(0.57, 0.425, 0.06, 0.008, hole, -PI * 0.8, -PI * 0.15)
    c.ellipse(0.435, 0.425, 0.045, 0.011, hole, -0.12)
    c.ellipse(0.565, 0.425, 0.045, 0.011, hole, 0.12)
    c.poly(
      [
        [0.5, 0.42],
        [0.486, 0.53],
        [0.514, 0.53],
      ],
      dark(face, 0.08)
    )
    c.ring(0.5, 0.57, 0.045, 0.012, acc, PI * 0.2, PI * 0.8)
    c.ellipse(0.5, 0.6, 0.025, 0.006, acc)
  } else {
    const eyeW: RGB = [245, 238, 220]
    for (const x of [0.42, 0.58]) {
      c.circle(x, 0.43, 0.045, dark(face, 0.4))
      c.circle(x, 0.43, 0.038, eyeW)
      c.circle(x, 0.43, 0.018, hole)
      c.line(x - 0.06, 0.37, x + 0.05, 0.36 + (x < 0.5 ? 0.02 : -0.02), 0.02, hole)
    }
    c.poly(
      [
        [0.5, 0.43],
        [0.46, 0.55],
        [0.5, 0.57],
        [0.54, 0.55],
      ],
      dark(face, 0.15)
    )
    c.ellipse(0.5, 0.65, 0.07, 0.035, hole)
    c.rect(0.45, 0.625, 0.55, 0.645, [245, 238, 220])
    for (const s of [-1, 1]) {
      c.poly(
        [
          [0.5, 0.58],
          [0.5 + s * 0.1, 0.58],
          [0.5 + s * 0.17, 0.53],
          [0.5 + s * 0.14, 0.61],
          [0.5 + s * 0.04, 0.61],
        ],
        acc
      )
    }
  }
  c.resetView()
}

// ── health ──

function batikFabric(kind: BatikKind, T: number, ground: RGB, motif: RGB): Pattern {
  return batikPatterns[kind](T, { bg: ground, fg: motif, dk: dark(motif, 0.45), ac: mix(motif, ground, 0.45) })
}

function clothMask(c: Canvas, cx: number, cy: number, w: number, h: number, fabric: Pattern, trim: RGB, loop: RGB): void {
  const inside: Pred = (u, v) => {
    const x = (u - cx) / w
    const y = (v - cy) / h
    return Math.abs(x) <= 1 && y >= -1 + 0.35 * x * x && y <= 1 - 0.35 * x * x
  }
  for (const s of [-1, 1]) {
    c.ellipseRing(cx + s * w * 0.9, cy, w * 0.26, h * 0.66, 0.014, loop, (u) => s * (u - cx) > w * 0.8)
  }
  c.fillPred(cx - w, cy - h, cx + w, cy + h, inside, (u, v) => {
    const x = (u - cx) / w
    const y = (v - cy) / h
    const top = -1 + 0.35 * x * x
    const bot = 1 - 0.35 * x * x
    if (y - top < 0.1 || bot - y < 0.1 || Math.abs(x) > 0.93) return trim
    for (const f of [-0.38, 0.02, 0.42]) {
      if (y > f && y < f + 0.05) return dark(trim, 0.2)
      if (y >= f + 0.05 && y < f + 0.17) return dark(fabric(u, v), 0.14)
    }
    return fabric(u, v)
  })
}

function drawMasker(ctx: Ctx): void {
  const { c, p, v } = ctx
  const loop: RGB = lum(p[0]) > 0.6 ? dark(p[0], 0.3) : light(p[0], 0.6)
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.74, 0.3, 0.04, p[0])
    clothMask(c, 0.5, 0.5, 0.32, 0.19, batikFabric(ctx.pattern ?? "kawung", 0.1, p[2], p[1]), dark(p[1], 0.25), loop)
    return
  }
  const first = ctx.pattern ?? "parang"
  const kinds: BatikKind[] = [first, first === "truntum" ? "kawung" : "truntum", first === "kawung" ? "ceplok" : "kawung"]
  const combos: [RGB, RGB][] = [
    [p[1], p[2]],
    [p[2], dark(p[1], 0.2)],
    [light(p[1], 0.5), p[1]],
  ]
  for (let i = 0; i < 3; i++) {
    const [g, m] = combos[i]
    clothMask(c, 0.37 + i * 0.13, 0.32 + i * 0.17, 0.24, 0.13, batikFabric(kinds[i], 0.08, g, m), dark(p[1], 0.3), loop)
  }
}

function leafIcon(c: Canvas, cx: number, cy: number, r: number, col: RGB, a = -0.6): void {
  c.ellipse(cx, cy, r, r * 0.45, col, a)
  c.line(cx - Math.cos(a) * r * 0.8, cy - Math.sin(a) * r * 0.8, cx + Math.cos(a) * r * 0.8, cy + Math.sin(a) * r * 0.8, r * 0.08, light(col, 0.5))
}

function bottle(c: Canvas, cx: number, base: number, w: number, h: number, liquid: RGB, cap: RGB, pump: boolean): void {
  const x0 = cx - w / 2
  const x1 = cx + w / 2
  const topY = base - h
  const edge = dark(liquid, 0.35)
  c.roundRect(x0 - 0.008, topY - 0.008, x1 + 0.008, base + 0.004, w * 0.2, edge)
  c.roundRect(x0, topY, x1, base, w * 0.18, liquid)
  c.rect(x0 + 0.01, topY + 0.005, x1 - 0.01, topY + h * 0.12, light(liquid, 0.55))
  c.roundRect(x0 + w * 0.1, topY + h * 0.15, x0 + w * 0.2, base - h * 0.08, 0.01, light(liquid, 0.4))
  c.rect(x0, base - h * 0.62, x1, base - h * 0.25, PAPER)
  c.rect(x0, base - h * 0.3, x1, base - h * 0.25, cap)
  leafIcon(c, cx, base - h * 0.45, w * 0.2, cap)
  c.roundRect(cx - w * 0.24, topY - h * 0.06, cx + w * 0.24, topY + 0.004, 0.01, cap)
  if (pump) {
    const stem: RGB = [225, 225, 228]
    c.rect(cx - 0.011, topY - h * 0.2, cx + 0.011, topY - h * 0.05, stem)
    c.roundRect(cx - w * 0.3, topY - h * 0.26, cx + w * 0.2, topY - h * 0.19, 0.01, cap)
    c.rect(cx + w * 0.2, topY - h * 0.25, cx + w * 0.45, topY - h * 0.215, cap)
  } else {
    const capC = mix(cap, WHITE, 0.55)
    c.roundRect(cx - w * 0.32, topY - h * 0.3, cx + w * 0.32, topY - h * 0.04, 0.015, capC)
    c.rect(cx - w * 0.12, topY - h * 0.24, cx + w * 0.12, topY - h * 0.06, cap)
  }
}

function sereh(c: Canvas, bx: number, by: number, spread: number, green: RGB): void {
  const stalk = light(green, 0.55)
  for (let i = 0; i < 6; i++) {
    const a = -PI / 2 + (i - 2.5) * spread
    const len = 0.42 + (i % 3) * 0.06
    const tx = bx + Math.cos(a) * len
    const ty = by + Math.sin(a) * len
    const nx = -Math.sin(a) * 0.018
    const ny = Math.cos(a) * 0.018
    c.poly(
      [
        [bx - nx, by - ny],
        [bx + nx, by + ny],
        [tx, ty],
      ],
      i % 2 ? green : dark(green, 0.15)
    )
    c.line(bx, by, bx + Math.cos(a) * 0.12, by + Math.sin(a) * 0.12, 0.03, stalk)
  }
}

function drawSanitizer(ctx: Ctx): void {
  const { c, p, v } = ctx
  backdrop(ctx)
  const liquid = light(p[1], 0.25)
  if (v === 0) {
    sereh(c, 0.24, 0.86, 0.13, p[1])
    shadow(c, 0.52, 0.86, 0.2, 0.03, p[0])
    bottle(c, 0.54, 0.85, 0.26, 0.46, liquid, p[2], true)
    return
  }
  shadow(c, 0.5, 0.86, 0.36, 0.035, p[0])
  bottle(c, 0.33, 0.85, 0.17, 0.3, liquid, p[2], false)
  bottle(c, 0.64, 0.85, 0.24, 0.46, liquid, p[2], true)
}

function drawJamu(ctx: Ctx): void {
  const { c, p, v, rng } = ctx
  const drink = p[1]
  const brown = p[2]
  const root = mix(brown, drink, 0.35)
  const rhizome = (x: number, y: number) => {
    for (let i = 0; i < 4; i++) {
      const cx = x + i * 0.045
      const cy = y + (i % 2) * 0.012
      c.ellipse(cx, cy, 0.035, 0.022, dark(root, 0.2), 0.3 * (i % 2 ? 1 : -1))
      c.ellipse(cx, cy - 0.003, 0.03, 0.017, root, 0.3 * (i % 2 ? 1 : -1))
      c.line(cx, cy - 0.02, cx, cy + 0.015, 0.004, dark(root, 0.3))
    }
    c.circle(x - 0.05, y + 0.01, 0.03, dark(root, 0.2))
    c.circle(x - 0.05, y + 0.01, 0.024, drink)
    c.ring(x - 0.05, y + 0.01, 0.016, 0.004, dark(drink, 0.15))
  }
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.5, 0.85, 0.36, 0.035, p[0])
    const glass = light(p[0], 0.6)
    // bottle
    c.roundRect(0.525, 0.38, 0.755, 0.85, 0.04, dark(drink, 0.35))
    c.roundRect(0.535, 0.39, 0.745, 0.84, 0.035, drink)
    c.poly(
      [
        [0.545, 0.4],
        [0.6, 0.3],
        [0.68, 0.3],
        [0.735, 0.4],
      ],
      dark(drink, 0.1)
    )
    c.rect(0.6, 0.22, 0.68, 0.31, light(drink, 0.45))
    c.rect(0.595, 0.2, 0.685, 0.24, LEAF)
    c.rect(0.56, 0.5, 0.58, 0.8, light(drink, 0.4))
    c.rect(0.535, 0.55, 0.745, 0.7, PAPER)
    leafIcon(c, 0.64, 0.625, 0.04, LEAF)
    // glass
    const g: Pred = (u, y) => y > 0.46 && y < 0.85 && Math.abs(u - 0.34) < 0.12 - (y - 0.46) * 0.06
    c.fillPred(0.2, 0.46, 0.48, 0.86, g, glass)
    c.clip = g
    c.rect(0.1, 0.52, 0.5, 0.86, drink)
    c.rect(0.24, 0.47, 0.26, 0.85, light(glass, 0.5))
    c.clip = null
    c.ellipse(0.34, 0.52, 0.116, 0.018, light(drink, 0.2))
    rhizome(0.2, 0.9)
    rhizome(0.72, 0.91)
    c.ellipse(0.88, 0.8, 0.07, 0.025, LEAF, -0.5)
    return
  }
  shadow(c, 0.5, 0.84, 0.36, 0.04, p[0])
  const bowlC = mix(PAPER, p[0], 0.3)
  c.ellipse(0.5, 0.55, 0.32, 0.08, dark(bowlC, 0.2))
  c.ellipse(0.5, 0.52, 0.26, 0.12, drink)
  for (let i = 0; i < 30; i++) c.circle(0.3 + rng() * 0.4, 0.44 + rng() * 0.1, 0.005, light(drink, 0.35))
  c.fillPred(0.17, 0.55, 0.83, 0.84, (u, y) => y > 0.55 && ((u - 0.5) / 0.33) ** 2 + ((y - 0.55) / 0.26) ** 2 <= 1, (u) => (u < 0.3 ? light(bowlC, 0.4) : bowlC))
  c.ellipseRing(0.5, 0.55, 0.33, 0.08, 0.012, dark(bowlC, 0.15), (_u, y) => y > 0.55)
  // wooden spoon
  const wood: RGB = [170, 120, 70]
  c.line(0.62, 0.47, 0.9, 0.2, 0.025, wood)
  c.ellipse(0.6, 0.5, 0.05, 0.03, dark(wood, 0.1), -0.78)
  rhizome(0.16, 0.9)
  rhizome(0.74, 0.9)
}

function drawAtsiri(ctx: Ctx): void {
  const { c, p, v } = ctx
  const amber = p[1]
  const green = p[2]
  const cap: RGB = [36, 32, 30]
  const dropper = (cx: number, base: number, w: number, h: number) => {
    c.roundRect(cx - w / 2 - 0.007, base - h - 0.007, cx + w / 2 + 0.007, base + 0.004, w * 0.18, dark(amber, 0.45))
    c.roundRect(cx - w / 2, base - h, cx + w / 2, base, w * 0.16, amber)
    c.roundRect(cx - w * 0.36, base - h * 0.92, cx - w * 0.24, base - h * 0.1, 0.01, light(amber, 0.35))
    c.rect(cx - w / 2, base - h * 0.65, cx + w / 2, base - h * 0.3, PAPER)
    leafIcon(c, cx, base - h * 0.475, w * 0.22, green)
    c.rect(cx - w * 0.3, base - h - h * 0.12, cx + w * 0.3, base - h + 0.005, cap)
    for (let x = cx - w * 0.26; x < cx + w * 0.28; x += w * 0.1) c.line(x, base - h - h * 0.11, x, base - h, 0.003, [70, 64, 60])
    c.ellipse(cx, base - h - h * 0.2, w * 0.2, h * 0.12, cap)
    c.ellipse(cx - w * 0.06, base - h - h * 0.24, w * 0.05, h * 0.04, [90, 84, 80])
  }
  const drop = (cx: number, cy: number, r: number, col: RGB) =>
    c.fillPred(cx - r * 1.3, cy - r * 1.3, cx + r * 1.3, cy + r * 1.3, (u, y) => Math.abs(u - cx) < tearWidth((y - cy) / r) * r * 0.8, col)
  backdrop(ctx)
  if (v === 0) {
    sereh(c, 0.27, 0.88, 0.14, green)
    shadow(c, 0.6, 0.86, 0.17, 0.03, p[0])
    dropper(0.6, 0.85, 0.2, 0.32)
    drop(0.84, 0.72, 0.04, light(amber, 0.3))
    return
  }
  shadow(c, 0.5, 0.87, 0.38, 0.035, p[0])
  dropper(0.3, 0.86, 0.15, 0.24)
  dropper(0.53, 0.86, 0.2, 0.34)
  dropper(0.76, 0.86, 0.13, 0.2)
  drop(0.78, 0.3, 0.05, light(amber, 0.3))
  leafIcon(c, 0.2, 0.3, 0.08, green, -0.9)
  leafIcon(c, 0.3, 0.22, 0.07, dark(green, 0.15), -0.3)
}

function drawSabun(ctx: Ctx): void {
  const { c, p, v } = ctx
  const soap = p[1]
  const accent = p[2]
  const speckled = lum(soap) < 0.5
  const speck = dark(soap, 0.35)
  const surface = (base: RGB): Paint =>
    speckled
      ? (u, y) => {
          const i = Math.floor(u * 60)
          const j = Math.floor(y * 60)
          const h = hash2(i, j, 5)
          return h < 0.35 && Math.hypot(frac(u * 60) - 0.5, frac(y * 60) - 0.5) < 0.25 ? speck : base
        }
      : base
  const bar = (u0: number, v0: number, u1: number, v1: number, depth: number) => {
    c.roundRect(u0, v0 + depth, u1, v1 + depth, 0.04, dark(soap, 0.2))
    c.roundRect(u0, v0, u1, v1, 0.04, surface(soap))
    c.roundRect(u0 + 0.02, v0 + 0.02, u1 - 0.02, v1 - 0.02, 0.03, surface(light(soap, 0.1)))
    c.roundRect(u0 + 0.03, v0 + 0.03, u1 - 0.03, v1 - 0.03, 0.025, surface(soap))
    const cx = (u0 + u1) / 2
    const cy = (v0 + v1) / 2
    c.ellipseRing(cx, cy, 0.07, 0.035, 0.008, dark(soap, 0.18))
    c.line(cx - 0.055, cy, cx + 0.055, cy, 0.006, dark(soap, 0.18))
  }
  const bubble = (x: number, y: number, r: number) => {
    c.ring(x, y, r, Math.max(0.006, r * 0.12), light(accent, 0.6))
    c.circle(x - r * 0.35, y - r * 0.35, r * 0.18, WHITE)
  }
  backdrop(ctx)
  if (v === 0) {
    shadow(c, 0.55, 0.84, 0.32, 0.04, p[0])
    bar(0.2, 0.28, 0.66, 0.52, 0.05)
    bar(0.34, 0.5, 0.82, 0.76, 0.05)
    bubble(0.2, 0.72, 0.06)
    bubble(0.13, 0.6, 0.035)
    bubble(0.27, 0.84, 0.03)
    leafIcon(c, 0.78, 0.26, 0.08, accent, -0.9)
    return
  }
  const twine: RGB = [196, 164, 112]
  shadow(c, 0.5, 0.86, 0.3, 0.04, p[0])
  for (let k = 0; k < 3; k++) {
    const y = 0.72 - k * 0.15
    c.poly(
      [
        [0.28, y],
        [0.31, y - 0.05],
        [0.75, y - 0.05],
        [0.72, y],
      ],
      surface(light(soap, 0.12))
    )
    c.rect(0.28, y, 0.72, y + 0.13, surface(k % 2 ? dark(soap, 0.05) : soap))
    c.rect(0.72, y - 0.05, 0.75, y + 0.13, dark(soap, 0.22))
    c.poly(
      [
        [0.72, y],
        [0.75, y - 0.05],
        [0.75, y + 0.08],
        [0.72, y + 0.13],
      ],
      dark(soap, 0.22)
    )
  }
  c.rect(0.49, 0.38, 0.52, 0.85, twine)
  c.ring(0.47, 0.35, 0.04, 0.012, twine)
  c.ring(0.55, 0.35, 0.04, 0.012, twine)
  leafIcon(c, 0.3, 0.3, 0.09, accent, -0.5)
  leafIcon(c, 0.66, 0.28, 0.08, dark(accent, 0.2), 0.5)
}

// ───────────────────────────── dispatcher ─────────────────────────────

const renderers: Record<ImageMotif, (ctx: Ctx) => void> = {
  kawung: (ctx) => drawBatik("kawung", ctx),
  parang: (ctx) => drawBatik("parang", ctx),
  truntum: (ctx) => drawBatik("truntum", ctx),
  ceplok: (ctx) => drawBatik("ceplok", ctx),
  sekarjagad: (ctx) => drawBatik("sekarjagad", ctx),
  semarak: (ctx) => drawBatik("semarak", ctx),
  kemeja: drawKemeja,
  salak: drawSalak,
  keripik: drawKeripik,
  kopi: drawKopi,
  bakpia: drawBakpia,
  geplak: drawGeplak,
  madu: drawMadu,
  emping: drawEmping,
  wedang: drawWedang,
  cokelat: drawCokelat,
  dodol: drawDodol,
  bambu: drawBambu,
  kulit: drawKulit,
  dompet: drawDompet,
  gerabah: drawGerabah,
  wayang: drawWayang,
  gunungan: drawGunungan,
  topeng: drawTopeng,
  caping: drawCaping,
  masker: drawMasker,
  sanitizer: drawSanitizer,
  jamu: drawJamu,
  atsiri: drawAtsiri,
  sabun: drawSabun,
}

/**
 * Render one product illustration as PNG bytes.
 *
 * @param variant 0 = main picture, 1 = second gallery picture (another composition or a close-up)
 * @param pattern optional batik fabric for garment motifs (kemeja, masker); other motifs ignore it
 */
export function renderProductImage(
  motif: ImageMotif,
  palette: [string, string, string],
  variant: number,
  size = 480,
  pattern?: BatikPattern
): Buffer {
  const draw = renderers[motif]
  if (!draw) throw new Error(`Unknown image motif: ${motif}`)
  if (!Number.isInteger(size) || size < 16 || size > 4096) throw new Error(`Invalid image size: ${size}`)
  const v = variant === 1 ? 1 : 0
  const p = palette.map(hexToRgb) as [RGB, RGB, RGB]
  const seed = fnv1a(`${motif}|${palette.join(",").toLowerCase()}`)
  const c = new Canvas(size)
  if (pattern !== undefined && !(pattern in batikPatterns)) throw new Error(`Unknown batik pattern: ${pattern}`)
  draw({ c, p, v, rng: mulberry32(seed ^ (v * 0x9e3779b9)), seed, pattern })
  return PNG.sync.write(
    { width: size, height: size, data: c.data },
    { colorType: 2, inputColorType: 2, inputHasAlpha: false, bitDepth: 8, deflateLevel: 9, filterType: -1 }
  )
}

/**
 * Render two images per catalogue product into `outDir` as `<handle>-1.png` and
 * `<handle>-2.png`. Files that already exist with the same byte size are left
 * untouched. Returns the file names (not paths) in catalogue order.
 */
export async function writeCatalogImages(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  const names: string[] = []
  for (const product of catalog) {
    for (const variant of [0, 1]) {
      const name = `${product.handle}-${variant + 1}.png`
      const file = path.join(outDir, name)
      const { motif, palette, pattern } = product.image
      const png = renderProductImage(motif, palette, variant, 480, pattern)
      const existing = await stat(file).catch(() => null)
      if (!existing || !existing.isFile() || existing.size !== png.length) {
        await writeFile(file, png)
      }
      names.push(name)
    }
  }
  return names
}
