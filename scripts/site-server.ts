/**
 * The local server for the built site, on top of sirv (the static-file
 * library Vite's preview server uses). sirv finds and streams the files,
 * answers ETag revalidations with 304 and serves the .br/.gz files that
 * scripts/compress.ts writes at build time. This module adds what a real
 * static host does around that, and keeps hostile requests away from it:
 *
 * - only GET and HEAD (405 otherwise);
 * - a request target must be a clean path: a bad percent escape, `..` or `.`
 *   segments in any encoding, backslashes, NUL, `//` and over-long URLs get a
 *   4xx and the server keeps going;
 * - the headers in `_headers` (Netlify/Cloudflare format) on every response,
 *   including 301, 304, 404 and 405;
 * - `_headers`, `_redirects` and dotfiles are never served;
 * - `_redirects` (old article URLs) answers with real 301s;
 * - folders redirect to their trailing-slash URL; unknown paths get the
 *   site's 404 page with status 404;
 * - a file that disappears mid-rebuild ends that one response, not the server;
 * - one byte range per request, clamped to the file; a start past its end gets 416;
 * - an optional base path (a GitHub Pages project site, for example).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import { extname, join, resolve } from "node:path";
import sirv from "sirv";
import { normaliseBase } from "../src/lib/paths/base.ts";

export const DEFAULT_PORT = 4480;
const MAX_URL_LENGTH = 2048;

/** Content types, with charsets for text, for every kind of file the site builds. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

export interface HeaderRule {
  /** A path pattern: `/*`, `/_astro/*` or an exact path. */
  pattern: string;
  headers: [string, string][];
}

/** Reads `_headers` in the Netlify/Cloudflare format: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) continue;
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function patternMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith("*")) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/** Reads `_redirects` lines of the form `/from /to 301`. */
export function parseRedirectsFile(text: string): Map<string, { to: string; status: number }> {
  const map = new Map<string, { to: string; status: number }>();
  for (const line of text.split(/\r?\n/)) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith("#")) continue;
    map.set(from, { to, status: Number(status ?? 301) || 301 });
  }
  return map;
}

export type Checked = { ok: true; path: string; search: string } | { ok: false; status: number };

/**
 * Turns a request target into a safe, decoded path, or says which 4xx to send.
 * Accepts origin form (`/a/b?c`) and a well-formed absolute form.
 */
export function checkTarget(target: string): Checked {
  if (target.length > MAX_URL_LENGTH) return { ok: false, status: 414 };
  let raw = target;
  if (!raw.startsWith("/")) {
    try {
      const url = new URL(raw);
      if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, status: 400 };
      raw = url.pathname + url.search;
    } catch {
      return { ok: false, status: 400 };
    }
  }
  const q = raw.indexOf("?");
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const search = q < 0 ? "" : raw.slice(q);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (
    !path.startsWith("/") ||
    path.includes("//") ||
    path.includes("\\") ||
    hasControlCharacter(path) ||
    path.split("/").some((segment) => segment === "." || segment === "..")
  ) {
    return { ok: false, status: 400 };
  }
  return { ok: true, path, search };
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Files a host must never hand out: `_headers`, `_redirects`, and anything whose name starts with a dot. */
export function isPrivate(path: string): boolean {
  return path
    .split("/")
    .some(
      (segment) => segment.startsWith(".") || segment === "_headers" || segment === "_redirects",
    );
}

export interface SiteServerOptions {
  /** The built site (dist/). */
  root: string;
  /** The path the site lives under, such as "/bounce-back/"; "/" by default. */
  base?: string;
}

export function createSiteHandler({
  root: rootArg,
  base: baseArg,
}: SiteServerOptions): RequestListener {
  const root = resolve(rootArg);
  const base = normaliseBase(baseArg);
  const readOptional = (name: string) => {
    try {
      return readFileSync(join(root, name), "utf8");
    } catch {
      return "";
    }
  };
  const headerRules = parseHeadersFile(readOptional("_headers"));
  const redirects = parseRedirectsFile(readOptional("_redirects"));
  // dev mode: sirv looks each file up when it is asked for, so a rebuild shows at once.
  const files = sirv(root, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    extensions: ["html"],
    setHeaders: (res, pathname) => {
      const type =
        TYPES[extname(pathname)] ?? (pathname.endsWith("/") ? TYPES[".html"] : undefined);
      if (type) res.setHeader("Content-Type", type);
      if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "no-cache");
    },
  });

  /** Every header from `_headers` that applies to this site path. HSTS means nothing on plain http. */
  function applyHeaders(res: ServerResponse, sitePath: string): void {
    for (const rule of headerRules) {
      if (!patternMatches(rule.pattern, sitePath)) continue;
      for (const [name, value] of rule.headers) {
        if (name.toLowerCase() !== "strict-transport-security") res.setHeader(name, value);
      }
    }
  }

  function sendText(res: ServerResponse, status: number, text: string): void {
    res.statusCode = status;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(`${text}\n`);
  }

  function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
    let page: Buffer | undefined;
    try {
      page = readFileSync(join(root, "404.html"));
    } catch {
      // Mid-rebuild there may be no 404 page yet: a plain answer still works.
    }
    if (!page) {
      sendText(res, 404, "Not found");
      return;
    }
    res.statusCode = 404;
    res.setHeader("Content-Type", TYPES[".html"] ?? "text/html");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Content-Length", page.length);
    res.end(req.method === "HEAD" ? undefined : page);
  }

  function redirect(res: ServerResponse, status: number, location: string): void {
    res.statusCode = status;
    res.setHeader("Location", location);
    res.setHeader("Cache-Control", status === 301 ? "public, max-age=3600" : "no-cache");
    res.end();
  }

  return (req, res) => {
    try {
      const method = req.method ?? "GET";
      const checked = checkTarget(req.url ?? "/");
      if (!checked.ok) {
        applyHeaders(res, "/");
        return sendText(
          res,
          checked.status,
          checked.status === 414 ? "URL too long" : "Bad request",
        );
      }
      const { path, search } = checked;
      if (!path.startsWith(base)) {
        applyHeaders(res, "/");
        if (path === "/" && method === "GET") return redirect(res, 302, base);
        return sendNotFound(req, res);
      }
      const sitePath = `/${path.slice(base.length)}`;
      applyHeaders(res, sitePath);
      if (method !== "GET" && method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        return sendText(res, 405, "Method not allowed");
      }
      if (isPrivate(sitePath)) return sendNotFound(req, res);
      const moved = redirects.get(sitePath) ?? redirects.get(path);
      if (moved) return redirect(res, moved.status, moved.to + search);
      if (!sitePath.endsWith("/") && !extname(sitePath) && isFolder(join(root, sitePath))) {
        return redirect(res, 301, encodeURI(`${path}/`) + search);
      }
      // sirv decodes once more, so hand it the path encoded exactly once.
      req.url = sitePath.split("/").map(encodeURIComponent).join("/");
      // Ranges are answered here, not by sirv (which streams past an end beyond the file and
      // drops the connection, and reads `bytes=0-0` as the whole file).
      const range = req.headers.range;
      delete req.headers.range;
      if (range) {
        const file = findFile(root, sitePath);
        const answer = file ? parseRange(range, file.size) : "ignore";
        if (file && answer !== "ignore") return sendRange(req, res, file, answer);
      }
      // If the file vanishes between lookup and read (a rebuild), end this response only.
      res.on("pipe", (source) => source.on("error", () => res.destroy()));
      files(req, res, () => sendNotFound(req, res));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, "Server error");
      else res.destroy();
    }
  };
}

/** The file sirv would serve for this site path (as is, then `.html`, then `index.html`). */
export function findFile(root: string, sitePath: string): { path: string; size: number } | null {
  const base = join(root, sitePath);
  const tries = sitePath.endsWith("/")
    ? [join(base, "index.html")]
    : [base, `${base}.html`, join(base, "index.html")];
  for (const path of tries) {
    try {
      const stats = statSync(path);
      if (stats.isFile()) return { path, size: stats.size };
    } catch {
      // not this one
    }
  }
  return null;
}

export type RangeAnswer = { start: number; end: number } | "unsatisfiable" | "ignore";

/**
 * Reads a `Range` header against a file of `size` bytes. One `bytes=start-end`
 * or `bytes=start-` range is answered, its end clamped to the file (so
 * `bytes=0-99999999999999999999` is the whole file, as a 206); a start at or
 * past the end of the file is unsatisfiable (416). Any other form (a suffix, several
 * ranges, a reversed one, another unit) is ignored and the whole file sent, as RFC 9110 allows.
 */
export function parseRange(header: string, size: number): RangeAnswer {
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!m) return "ignore";
  const [, first = "", last = ""] = m;
  // Digits past what a Number holds exactly are simply "beyond any file".
  const start = first.length > 15 ? Number.POSITIVE_INFINITY : Number(first);
  const end = last === "" || last.length > 15 ? Number.POSITIVE_INFINITY : Number(last);
  if (end < start) return "ignore";
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}

function sendRange(
  req: IncomingMessage,
  res: ServerResponse,
  file: { path: string; size: number },
  answer: Exclude<RangeAnswer, "ignore">,
): void {
  res.setHeader("Accept-Ranges", "bytes");
  res.setHeader("Cache-Control", "no-cache");
  if (answer === "unsatisfiable") {
    res.statusCode = 416;
    res.setHeader("Content-Range", `bytes */${file.size}`);
    res.end();
    return;
  }
  const { start, end } = answer;
  res.statusCode = 206;
  res.setHeader("Content-Type", TYPES[extname(file.path)] ?? "application/octet-stream");
  res.setHeader("Content-Range", `bytes ${start}-${end}/${file.size}`);
  res.setHeader("Content-Length", end - start + 1);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  // A file that vanishes mid-read (a rebuild) ends this response only.
  createReadStream(file.path, { start, end })
    .on("error", () => res.destroy())
    .pipe(res);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory() && existsSync(join(path, "index.html"));
  } catch {
    return false;
  }
}

export function createSiteServer(options: SiteServerOptions): Server {
  const server = createServer(createSiteHandler(options));
  // A request Node cannot even parse gets a 400 and the connection is closed.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return server;
}
