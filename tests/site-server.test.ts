/**
 * The local server (scripts/site-server.ts) against a small site in a temp
 * folder: hostile requests get a 4xx and the server keeps serving; headers,
 * ETags, ranges, content types, redirects and private files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  checkTarget,
  createSiteServer,
  parseHeadersFile,
  parseRange,
  parseRedirectsFile,
} from "../scripts/site-server";

const HEADERS_FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Strict-Transport-Security: max-age=1

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), "bb-site-"));
  const write = (name: string, body: string | Buffer) => {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), body);
  };
  write("index.html", "<!doctype html><title>Home</title>");
  write("404.html", "<!doctype html><title>Not found</title>");
  write("about/index.html", "<!doctype html><title>About</title>");
  write("_astro/app.js", "console.log(1);".repeat(100));
  write("_astro/app.js.gz", gzipSync("console.log(1);".repeat(100)));
  write("pagefind/wasm.en.pagefind", Buffer.from([0, 1, 2, 3]));
  write("pagefind/pagefind.js", "export {}");
  write("search.wasm", Buffer.from([0, 97, 115, 109]));
  write("manifest.webmanifest", "{}");
  write("robots.txt", "0123456789");
  write("_headers", HEADERS_FILE);
  write("_redirects", "/articles/old/ /articles/new/ 301\n");
  write(".secret", "private");
  return root;
}

let root: string;
let server: ReturnType<typeof createSiteServer>;
let origin: string;
let port: number;

beforeAll(async () => {
  root = makeSite();
  server = createSiteServer({ root });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** Sends a request line exactly as written (fetch would clean it up first) and returns the status. */
function rawStatus(requestLine: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      data += chunk;
    });
    socket.on("end", () => resolvePromise(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

const get = (path: string, init?: RequestInit) =>
  fetch(origin + path, { redirect: "manual", ...init });

describe("hostile and malformed requests get a 4xx, and the server keeps serving", () => {
  const hostile = [
    "GET /%E0%A4%A HTTP/1.1",
    "GET //%zz/ HTTP/1.1",
    "GET //[ HTTP/1.1",
    "GET //a:b/ HTTP/1.1",
    "GET http://a:99999/ HTTP/1.1",
    "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
    "GET /..%2f..%2fetc/passwd HTTP/1.1",
    "GET /%252e%252e/%252e%252e/etc/passwd HTTP/1.1",
    "GET /../../etc/passwd HTTP/1.1",
    "GET /..\\..\\etc\\passwd HTTP/1.1",
    "GET /%5c..%5c..%5cetc%5cpasswd HTTP/1.1",
    "GET /index.html%00.js HTTP/1.1",
    `GET /${"a".repeat(10_000)} HTTP/1.1`,
    "GET /_headers HTTP/1.1",
    "GET /_redirects HTTP/1.1",
    "GET /.secret HTTP/1.1",
    "GET /%2esecret HTTP/1.1",
    "POST / HTTP/1.1",
    "PUT / HTTP/1.1",
    "DELETE / HTTP/1.1",
    "TRACE / HTTP/1.1",
    "OPTIONS / HTTP/1.1",
    "GET /nothing-here/ HTTP/1.1",
  ];
  test.each(hostile)("%s", async (line) => {
    const status = await rawStatus(line);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await get("/")).status).toBe(200);
  });

  test("other methods get 405 with an Allow header", async () => {
    const res = await get("/", { method: "POST", body: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("headers", () => {
  test("security headers on a 200, a 404, an asset, a redirect and a 405; no HSTS over http", async () => {
    for (const res of [
      await get("/"),
      await get("/missing/"),
      await get("/_astro/app.js"),
      await get("/about"),
      await get("/", { method: "DELETE" }),
    ]) {
      expect(res.headers.get("x-content-type-options"), res.url).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
  });

  test("hashed assets are cached for a year; HTML is revalidated", async () => {
    expect((await get("/_astro/app.js")).headers.get("cache-control")).toContain("immutable");
    expect((await get("/")).headers.get("cache-control")).toBe("no-cache");
  });

  test("content types for .wasm, .pagefind and .webmanifest", async () => {
    expect((await get("/search.wasm")).headers.get("content-type")).toBe("application/wasm");
    expect((await get("/pagefind/wasm.en.pagefind")).headers.get("content-type")).toBe(
      "application/octet-stream",
    );
    expect((await get("/manifest.webmanifest")).headers.get("content-type")).toContain(
      "application/manifest+json",
    );
    expect((await get("/")).headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  test("a repeat request with the ETag gets a 304", async () => {
    const first = await get("/about/");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/about/", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("serves the build's gzip copy when the browser accepts it", async () => {
    const res = await get("/_astro/app.js", { headers: { "Accept-Encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toContain("Accept-Encoding");
    expect(await res.text()).toBe("console.log(1);".repeat(100));
  });
});

describe("pages, redirects and ranges", () => {
  test("unknown paths get the site's 404 page with status 404", async () => {
    const res = await get("/no/such/page/");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Not found");
  });

  test("a folder without its slash moves to the slashed URL, keeping the query", async () => {
    const res = await get("/about?x=1");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/about/?x=1");
  });

  test("old article URLs in _redirects answer with a real 301", async () => {
    const res = await get("/articles/old/");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/articles/new/");
  });

  test("a byte range gets a 206 with exactly those bytes", async () => {
    const res = await get("/robots.txt", { headers: { Range: "bytes=2-5" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(await res.text()).toBe("2345");
  });

  test("a range beyond the end is clamped (206) and a start past the end gets 416", async () => {
    for (const range of ["bytes=0-99999999999999999999", "bytes=0-", "bytes=0-10"]) {
      const res = await get("/robots.txt", { headers: { Range: range } });
      expect(res.status, range).toBe(206);
      expect(res.headers.get("content-range"), range).toBe("bytes 0-9/10");
      expect(await res.text()).toBe("0123456789");
    }
    const one = await get("/robots.txt", { headers: { Range: "bytes=0-0" } });
    expect(one.headers.get("content-range")).toBe("bytes 0-0/10");
    expect(await one.text()).toBe("0");
    for (const range of ["bytes=999999999-", "bytes=10-", "bytes=99999999999999999999-"]) {
      const res = await get("/robots.txt", { headers: { Range: range } });
      expect(res.status, range).toBe(416);
      expect(res.headers.get("content-range"), range).toBe("bytes */10");
      expect(res.headers.get("x-content-type-options"), range).toBe("nosniff");
    }
    // A page by its folder URL, and the server still answers afterwards.
    const page = await get("/about/", { headers: { Range: "bytes=0-99999999999999999999" } });
    expect(page.status).toBe(206);
    expect(await page.text()).toBe("<!doctype html><title>About</title>");
    expect((await get("/robots.txt")).status).toBe(200);
  });

  test("parseRange clamps, refuses and ignores", () => {
    expect(parseRange("bytes=2-5", 10)).toEqual({ start: 2, end: 5 });
    expect(parseRange("bytes=2-", 10)).toEqual({ start: 2, end: 9 });
    expect(parseRange("bytes=0-99999999999999999999", 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=10-12", 10)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-0", 0)).toBe("unsatisfiable");
    expect(parseRange("bytes=5-2", 10)).toBe("ignore");
    expect(parseRange("bytes=-3", 10)).toBe("ignore");
  });

  test("a range it cannot answer exactly is ignored and the whole file is sent", async () => {
    for (const range of ["bytes=5-2", "bytes=-3", "bytes=0-1,4-5", "lines=1-2"]) {
      const res = await get("/robots.txt", { headers: { Range: range } });
      expect(res.status, range).toBe(200);
      expect(await res.text()).toBe("0123456789");
    }
  });

  test("HEAD answers like GET without a body", async () => {
    const res = await get("/", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });
});

describe("a missing 404 page or a file that disappears does not crash it", () => {
  test("without 404.html an unknown path still gets a plain 404", async () => {
    const bare = mkdtempSync(join(tmpdir(), "bb-bare-"));
    writeFileSync(join(bare, "index.html"), "home");
    const s = createSiteServer({ root: bare });
    await new Promise<void>((done) => s.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/nope/`)).status).toBe(404);
    rmSync(join(bare, "index.html"));
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/nope/`)).status).toBe(404);
    await new Promise((done) => s.close(done));
    rmSync(bare, { recursive: true, force: true });
  });
});

describe("under a base path", () => {
  test("serves the site under the base, sends / there and 404s elsewhere", async () => {
    const s = createSiteServer({ root, base: "/bounce-back/" });
    await new Promise<void>((done) => s.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/bounce-back/`)).status).toBe(200);
    expect((await fetch(`${url}/bounce-back/about/`)).status).toBe(200);
    const top = await fetch(`${url}/`, { redirect: "manual" });
    expect(top.status).toBe(302);
    expect(top.headers.get("location")).toBe("/bounce-back/");
    expect((await fetch(`${url}/about/`)).status).toBe(404);
    await new Promise((done) => s.close(done));
  });
});

describe("parsing", () => {
  test("checkTarget decodes once and refuses what it cannot make safe", () => {
    expect(checkTarget("/a%20b/?q=1")).toEqual({ ok: true, path: "/a b/", search: "?q=1" });
    expect(checkTarget("http://localhost/x/")).toEqual({ ok: true, path: "/x/", search: "" });
    expect(checkTarget("/%E0%A4%A")).toEqual({ ok: false, status: 400 });
    expect(checkTarget("*")).toEqual({ ok: false, status: 400 });
    expect(checkTarget(`/${"x".repeat(3000)}`)).toEqual({ ok: false, status: 414 });
  });

  test("_headers and _redirects files", () => {
    expect(parseHeadersFile(HEADERS_FILE).map((r) => r.pattern)).toEqual(["/*", "/_astro/*"]);
    expect(parseRedirectsFile("# c\n/a/ /b/ 301\n/c/ /d/\n").get("/c/")).toEqual({
      to: "/d/",
      status: 301,
    });
  });
});
