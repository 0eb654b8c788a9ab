import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import net from "node:net"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { startOwnStorefront } from "./helpers"

// Issue 6, items 2 and 3: a storefront of its own (the same production server
// `npm start` runs), pointed at a "backend" that accepts connections and never
// answers — the worst case for timeouts — and fed a 500 MB form POST.

// STOREFRONT_SERVER: another server entry to check (e.g. an older build).
const SERVER = process.env.STOREFRONT_SERVER || path.resolve(__dirname, "../../storefront/server.mjs")
let hang: net.Server
let storefront: ChildProcess
let base: string
const sockets = new Set<net.Socket>()

function rssMb(pid: number): number {
  const kb = Number(fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)![1])
  return Math.round(kb / 1024)
}

test.beforeAll(async () => {
  hang = net.createServer((socket) => {
    sockets.add(socket) // read the request, never answer
    socket.on("error", () => {})
  })
  await new Promise<void>((r) => hang.listen(0, "127.0.0.1", () => r()))
  const backendPort = (hang.address() as net.AddressInfo).port
  ;({ base, process: storefront } = await startOwnStorefront(
    { MEDUSA_BACKEND_URL: `http://127.0.0.1:${backendPort}`, MEDUSA_PUBLISHABLE_KEY: "pk_never_answers", MEDUSA_TIMEOUT_MS: "", MEDUSA_WRITE_TIMEOUT_MS: "" },
    SERVER
  ))
})

test.afterAll(async () => {
  storefront?.kill()
  for (const s of sockets) s.destroy()
  hang?.close()
})

test("with the backend silent, pages answer the Indonesian 503 page within 10 s, all at once", async () => {
  const pages = ["/", "/kategori/batik", "/produk/salak-pondoh-super", "/keranjang", "/checkout"]
  const started = Date.now()
  const results = await Promise.all(
    pages.map(async (p) => {
      const res = await fetch(`${base}${p}`, { headers: { cookie: "ps_cart=cart_x; ps_session=connect.sid%3Dx" }, redirect: "manual", signal: AbortSignal.timeout(30_000) })
      return { p, status: res.status, body: await res.text(), ms: Date.now() - started }
    }),
  )
  console.log(`answers after ${results.map((r) => `${r.p} ${r.ms} ms`).join(", ")}`)
  for (const r of results) {
    expect(r.status, r.p).toBe(503)
    expect(r.body, r.p).toContain("Server toko sedang tidak dapat dihubungi")
    expect(r.ms, r.p).toBeLessThan(10_000)
  }
})

/**
 * Streams `total` bytes of form data; resolves as soon as the server answers (`status`)
 * or closes the connection while we are still writing (`closed`: EPIPE/ECONNRESET). A
 * server refusing a body may do either: it answers 413 and closes, and whether the 413
 * is read before the client's next write fails is a race (a fresh-clone CI once lost it).
 */
function bigPost(total: number, { declareLength }: { declareLength: boolean }): Promise<{ status?: number; closed?: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL("/api/keranjang/tambah", base)
    const headers: Record<string, string | number> = { "content-type": "application/x-www-form-urlencoded" }
    if (declareLength) headers["content-length"] = total
    const req = http.request(url, { method: "POST", headers })
    let sent = 0
    let answered = false
    const chunk = Buffer.alloc(1024 * 1024, "a")
    req.on("response", (res) => {
      answered = true
      res.resume()
      resolve({ status: res.statusCode!, sent })
      req.destroy()
    })
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (answered) return
      answered = true
      if (err.code === "EPIPE" || err.code === "ECONNRESET") resolve({ closed: err.code, sent })
      else reject(err)
    })
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once("drain", pump)
      }
      if (!answered) req.end()
    }
    req.write("variant_id=x&quantity=1&redirect=%2F&pad=")
    pump()
  })
}

/** Refused: answered 413, or the connection closed under the client (see bigPost). */
function expectRefused(result: { status?: number; closed?: string }) {
  if (result.closed) expect(["EPIPE", "ECONNRESET"]).toContain(result.closed)
  else expect(result.status).toBe(413)
}

test("a 500 MB form POST is refused with 413 before it is read; memory stays low", async () => {
  const pid = storefront.pid!
  const before = rssMb(pid)
  const declared = await bigPost(500 * 1024 * 1024, { declareLength: true })
  expectRefused(declared)
  const chunked = await bigPost(500 * 1024 * 1024, { declareLength: false })
  expectRefused(chunked)
  expect(chunked.sent, "the server refused long before 500 MB arrived").toBeLessThan(100 * 1024 * 1024)
  // A refusal, not a crash: the server is still up.
  expect(storefront.exitCode, "the storefront is still running").toBeNull()
  const after = rssMb(pid)
  console.log(`storefront RSS: ${before} MB before, ${after} MB after two 500 MB POSTs`)
  expect(after - before).toBeLessThan(64)
})
