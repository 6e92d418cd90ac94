// scripts/serve.mjs: MIME types, the CSP option, mounts, and no file outside the served folders.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { serve, CSP } from "../../scripts/serve.mjs";
import { WWW, FIXTURES } from "./helpers.mjs";

let server;
let plain;
before(async () => {
  server = await serve({ dir: WWW, port: 0, csp: true, mounts: { "/fixtures/": FIXTURES } });
  plain = await serve({ dir: WWW, port: 0 });
});
after(async () => {
  await server?.close();
  await plain?.close();
});

/** A raw request (fetch would normalise "/../" away). */
function get(base, path, method = "GET") {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("MIME types, application/wasm included", async () => {
  for (const [path, type] of [
    ["/", "text/html; charset=utf-8"],
    ["/widget.js", "text/javascript; charset=utf-8"],
    ["/abridge.css", "text/css; charset=utf-8"],
    ["/examples/seed-article.txt", "text/plain; charset=utf-8"],
    ["/examples/harbour.svg", "image/svg+xml"],
    ["/pkg/abridge_bg.wasm", "application/wasm"],
    ["/fixtures/xss.html", "text/html; charset=utf-8"],
  ]) {
    const res = await get(server.url, path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["content-type"], type, path);
    assert.equal(res.headers["x-content-type-options"], "nosniff");
  }
});

test("the Content-Security-Policy header only when asked for", async () => {
  assert.equal((await get(server.url, "/")).headers["content-security-policy"], CSP);
  assert.equal((await get(plain.url, "/")).headers["content-security-policy"], undefined);
});

test("nothing outside the served folders; only GET and HEAD", async () => {
  for (const path of ["/../package.json", "/%2e%2e/package.json", "/fixtures/../../package.json", "/..%2f..%2fpackage.json", "/nope.html"]) {
    const res = await get(server.url, path);
    assert.ok(res.status === 404 || res.status === 403 || res.status === 400, `${path}: ${res.status}`);
    assert.ok(!res.body.includes("devDependencies"), path);
  }
  assert.equal((await get(server.url, "/", "POST")).status, 405);
  const head = await get(server.url, "/widget.js", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
});

test("a folder without its slash is redirected", async () => {
  const res = await get(server.url, "/examples");
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, "/examples/");
});

test("isolated (COOP + COEP), cors, exact routes with dir: null, and an empty favicon", async () => {
  const routes = {
    "/": { type: "text/html; charset=utf-8", body: "<!doctype html><title>bench</title>" },
    "/w.js": { file: `${WWW}/widget.js` },
  };
  const bench = await serve({ dir: null, port: 0, isolated: true, cors: true, routes });
  try {
    const page = await get(bench.url, "/");
    assert.equal(page.status, 200);
    assert.equal(page.body, "<!doctype html><title>bench</title>");
    assert.equal(page.headers["cross-origin-opener-policy"], "same-origin");
    assert.equal(page.headers["cross-origin-embedder-policy"], "require-corp");
    assert.equal(page.headers["access-control-allow-origin"], "*");
    const file = await get(bench.url, "/w.js");
    assert.equal(file.status, 200);
    assert.equal(file.headers["content-type"], "text/javascript; charset=utf-8");
    assert.equal((await get(bench.url, "/widget.js")).status, 404, "only the routes");
    assert.equal((await get(bench.url, "/favicon.ico")).status, 204);
  } finally {
    await bench.close();
  }
  const res = await get(plain.url, "/");
  for (const header of ["cross-origin-opener-policy", "cross-origin-embedder-policy", "access-control-allow-origin"]) {
    assert.equal(res.headers[header], undefined, `${header} only when asked for`);
  }
  assert.equal((await get(plain.url, "/favicon.ico")).status, 204, "www has favicon.svg only");
});
