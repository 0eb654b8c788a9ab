// The storefront's production server: Astro's own request handler (static files +
// pages, from @astrojs/node's standalone build) behind gzip/brotli compression.
//   node server.mjs        HOST / PORT as for Astro (default 0.0.0.0:4321)
// `node dist/server/entry.mjs` still works, just uncompressed.
import http from "node:http"
import compression from "compression"

// Import Astro's handler without letting the entry start its own server.
process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler, options } = await import("./dist/server/entry.mjs")

const compress = compression({
  // Brotli at quality 4 compresses better than gzip-6 at similar speed; Node's default (11) is far too slow per request.
  brotli: { params: { [(await import("node:zlib")).constants.BROTLI_PARAM_QUALITY]: 4 } },
  threshold: 1024,
})

const server = http.createServer((req, res) => {
  res.setHeader("x-content-type-options", "nosniff")
  compress(req, res, () => handler(req, res))
})
const port = Number(process.env.PORT || options.port || 4321)
const host = process.env.HOST || "0.0.0.0"
server.listen(port, host, () => console.log(`[storefront] listening on http://${host}:${port}`))
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
