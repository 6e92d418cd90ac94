#!/usr/bin/env node
// The one static file server of the project: the demo, the page and package tests, the benches.
// No dependencies.
//
//   node scripts/serve.mjs [--dir www] [--host 127.0.0.1] [--port 8080] [--csp] [--isolated] [--quiet]
//
// Serves `--dir` (default www/) with correct MIME types (application/wasm included) on
// 127.0.0.1:8080 unless told otherwise (PORT and HOST in the environment work too; port 0 picks a
// free one). `--csp` adds the Content-Security-Policy the pages are written for:
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// `--isolated` adds COOP and COEP (a cross-origin isolated page: fine performance.now(), what the
// benches measure with). `--mount /prefix=dir` serves another folder under a URL prefix (the page
// tests mount their fixtures this way). Only GET and HEAD; never a file outside the served
// folders; `/favicon.ico`, when there is none, is an empty 204 (Chromium asks for it).
//
// As a module: `import { serve } from "./serve.mjs"; const { url, close } = await serve({ ... })`,
// with also `cors` (Access-Control-Allow-Origin: *, as package CDNs send) and `routes` (exact
// paths to a `file` or a `body`, for the benches' few URLs; `dir: null` serves nothing else).

import { createServer } from "node:http";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".ts": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** The MIME type for a file name. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The headers that make a page cross-origin isolated. */
export const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

/**
 * Starts the server. `mounts` maps URL prefixes ("/fixtures/") to folders, besides `dir` at "/"
 * (none when `dir` is null); `routes` maps exact paths to `{ file }` or `{ body, type }`.
 * Resolves to { server, url, port, close() }.
 */
export async function serve({
  dir = "www", host = "127.0.0.1", port = 8080, csp = false, isolated = false, cors = false, mounts = {}, routes = {}, log = false,
} = {}) {
  const roots = Object.entries(dir == null ? mounts : { ...mounts, "/": dir })
    .map(([prefix, folder]) => [prefix.endsWith("/") ? prefix : prefix + "/", path.resolve(folder)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer(async (req, res) => {
    const headers = {
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-cache",
      "Referrer-Policy": "no-referrer",
      ...(csp && { "Content-Security-Policy": CSP }),
      ...(isolated && ISOLATION),
      ...(cors && { "Access-Control-Allow-Origin": "*" }),
    };
    const done = (status, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, { ...headers, "Content-Type": type });
      res.end(req.method === "HEAD" ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return done(405, "method not allowed\n");
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return done(400, "bad request\n");
    }
    if (pathname.includes("\0")) return done(400, "bad request\n");
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : null;
    if (route?.body != null) return done(200, route.body, route.type ?? contentType(pathname));
    const [prefix, root] = route ? [] : roots.find(([p]) => pathname.startsWith(p) || pathname + "/" === p) ?? [];
    if (!root && !route) return pathname === "/favicon.ico" ? done(204, "") : done(404, "not found\n");
    let file = route ? path.resolve(route.file) : path.join(root, path.normalize(pathname.slice(prefix.length - 1)));
    if (root && file !== root && !file.startsWith(root + path.sep)) return done(403, "forbidden\n");
    try {
      let stat = await fs.stat(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { ...headers, Location: pathname + "/" });
          return res.end();
        }
        file = path.join(file, "index.html");
        stat = await fs.stat(file);
      }
      res.writeHead(200, { ...headers, "Content-Type": contentType(file), "Content-Length": stat.size });
      if (log) console.log(`200 ${req.method} ${req.url}`);
      if (req.method === "HEAD") return res.end();
      createReadStream(file).on("error", () => res.destroy()).pipe(res);
    } catch {
      return pathname === "/favicon.ico" ? done(204, "") : done(404, "not found\n");
    }
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actual}/`;
  return {
    server,
    url,
    port: actual,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

function parseArgs(argv) {
  const opts = {
    dir: "www",
    host: process.env.HOST || "127.0.0.1",
    port: Number(process.env.PORT ?? 8080),
    csp: false,
    isolated: false,
    mounts: {},
    log: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.includes("=") && arg.startsWith("--") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (key) {
      case "--dir": opts.dir = value(); break;
      case "--host": opts.host = value(); break;
      case "--port": opts.port = Number(value()); break;
      case "--csp": opts.csp = true; break;
      case "--isolated": opts.isolated = true; break;
      case "--quiet": opts.log = false; break;
      case "--mount": {
        const spec = value();
        const eq = spec.indexOf("=");
        if (eq < 1) throw new Error(`--mount expects /prefix=dir, got ${spec}`);
        opts.mounts[spec.slice(0, eq)] = spec.slice(eq + 1);
        break;
      }
      case "-h":
      case "--help":
        console.log("usage: node scripts/serve.mjs [--dir www] [--host 127.0.0.1] [--port 8080] [--csp] [--isolated] [--mount /prefix=dir] [--quiet]");
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg} (try --help)`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`bad port ${opts.port}`);
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  const { url } = await serve(opts);
  console.log(`serving ${path.resolve(opts.dir)} at ${url}${opts.csp ? " (with Content-Security-Policy)" : ""}`);
  const stop = () => process.exit(0);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
