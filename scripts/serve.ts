/**
 * A tiny static server for the built site (dist/), with the same behaviour a
 * static host has: index.html for folders, 404.html for anything missing,
 * the security headers from public/_headers, and gzip for text, as any real
 * static host would send it. No dependencies.
 *
 * Usage: node scripts/serve.ts [folder] [--port 4321]
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const args = process.argv.slice(2);
const portFlag = args.indexOf("--port");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 4321));
const root = resolve(
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") ?? "dist",
);

if (!existsSync(join(root, "index.html"))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

function headersFromFile(): Record<string, string> {
  const file = join(root, "_headers");
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  let inGlobal = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      inGlobal = line.trim() === "/*";
      continue;
    }
    const [name, ...rest] = line.trim().split(":");
    if (inGlobal && name && name !== "Strict-Transport-Security") out[name] = rest.join(":").trim();
  }
  return out;
}
const securityHeaders = headersFromFile();

function resolvePath(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const full = join(root, clean);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, "index.html");
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  // Folders are served with a trailing slash, as on a static host.
  if (
    !url.pathname.endsWith("/") &&
    !extname(url.pathname) &&
    existsSync(join(root, url.pathname, "index.html"))
  ) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const file = resolvePath(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, "404.html");
  const type = types[extname(path)] ?? "application/octet-stream";
  const compress =
    /^(text\/|application\/(json|manifest|xml|wasm))|svg/.test(type) &&
    /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(status, {
    ...securityHeaders,
    "Content-Type": type,
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(compress ? { "Content-Encoding": "gzip" } : {}),
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  if (compress) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Bounce Back is being served from ${root}`);
  console.log(`Open http://localhost:${port} in your browser. Press Ctrl+C to stop.`);
});
