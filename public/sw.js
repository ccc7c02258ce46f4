/*
 * Bounce Back's service worker: the site offline, in plain JavaScript.
 *
 * - Install: pre-caches the files scripts/precache.ts listed at build time
 *   (it writes the list into BUILD below). A file whose revision did not
 *   change is copied from the previous version's cache, not downloaded again.
 *   The page registers this worker only after it has loaded, so none of this
 *   is on a page's critical path.
 * - Room: before downloading anything, the worker asks the browser how much
 *   room the site has (navigator.storage.estimate()). Without room for the
 *   whole list it downloads nothing and still installs (pages then come from
 *   the network, as without a worker). If the browser refuses a file part way
 *   (QuotaExceededError), the partial pre-cache is deleted, never left behind.
 *   Either way the pre-cache is tried again on a later page load, and only
 *   when the estimate says it now fits: a full device does not download the
 *   list again on every visit. A network failure part way keeps what was
 *   downloaded, and the next try fetches only what is missing.
 * - Pages: the network first (a fresh page when online), the cache after
 *   NETWORK_TIMEOUT ms or when offline, then /offline/. Every page read is
 *   kept, under one normalised address (/about/, /%61bout/, /about/index and
 *   /about/index.html are one entry), and the pages and files kept this way
 *   are bounded (MAX_RUNTIME, oldest out first).
 * - Other files (hashed assets, Pagefind, icons): this version's caches
 *   first, then the network, then an older version's caches (below).
 * - Activate: an update must never break a tab that is still open. A page
 *   loaded under the previous version asks for that version's files (its
 *   lazy chunks have hashes in their names, and a deploy removes them from
 *   the server), so the previous version's caches are kept, not deleted,
 *   while any page that was open when this version took over is still open;
 *   its lazy parts then come from there. Reloading from the network instead
 *   would not help: the server no longer has those files. Once none of those
 *   pages is left, the old caches are deleted (checked on each page load and
 *   each file this worker answers). A new version waits until the page asks
 *   (the "A new version of the site is ready" notice's Reload button): it
 *   never takes over, or reloads, a page by itself. Open pages, and pages
 *   opened while it waits, are sent the update notice's address.
 */
const BUILD = /* precache */ {
  version: "dev",
  everything: false,
  bytes: 0,
  entries: [],
} /* end precache */;

const PREFIX = "bounce-back-";
const PRECACHE = `${PREFIX}precache-${BUILD.version}`;
/** Pages read (and files fetched) while this version runs. */
const RUNTIME = `${PREFIX}runtime-${BUILD.version}`;
/** In the pre-cache: each URL's revision (to copy unchanged files on the next update). Written last: its presence means "complete". */
const REVISIONS = "__revisions";
/** In META: the older caches kept for pages still open, and those pages' ids. */
const RETIRED = "__retired";
const SCOPE = self.registration.scope;
const OFFLINE = new URL("offline/", SCOPE).href;
const NETWORK_TIMEOUT = 3000;
/** Pages read under an older version are fetched again for this one, up to this many. */
const MAX_CARRIED = 300;
/** At most this many pages and files in the runtime cache; the oldest go first. */
const MAX_RUNTIME = 400;
/** Room asked for beyond the list's own bytes (headers, the browser's own bookkeeping). */
const ROOM_MARGIN = 1.2;
/** Kept across versions (and through a pre-cache deleted for want of room): RETIRED and FAILED. */
const META = `${PREFIX}meta`;
const FAILED = "__precache-failed";
/** This version's caches, never deleted while it runs. */
const CURRENT = [PRECACHE, RUNTIME, META];
/** After a pre-cache the browser refused, the next try waits this long (a day). */
const RETRY_AFTER = 24 * 60 * 60 * 1000;

const absolute = (url) => new URL(url, SCOPE).href;

/**
 * One key per page: percent escapes of plain characters decoded (%61 → a),
 * "index" and "index.html" dropped, a trailing slash on extension-less paths
 * (the server redirects /about to /about/), and no query or fragment.
 */
function pageKey(url) {
  const u = new URL(url);
  const segments = u.pathname.split("/").map((s) => {
    try {
      return encodeURIComponent(decodeURIComponent(s));
    } catch {
      return s;
    }
  });
  const last = segments.at(-1);
  if (last === "index" || last === "index.html") segments[segments.length - 1] = "";
  else if (last && !last.includes(".")) segments.push("");
  return `${u.origin}${segments.join("/")}`;
}

/** Files are kept under their address without query or fragment (the pre-cache's keys). */
const fileKey = (url) => url.split(/[?#]/)[0];

/** A response that can be stored and served for any request (a redirected one cannot). */
async function clean(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function fetchOk(url) {
  const response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return clean(response);
}

const isQuotaError = (error) => error?.name === "QuotaExceededError";

/** Keeps a response in the runtime cache, within its bound; a full device only means it is not kept. */
async function keep(key, response) {
  try {
    const runtime = await caches.open(RUNTIME);
    // Deleted first, so a page read again counts as new (the oldest are trimmed).
    await runtime.delete(key);
    await runtime.put(key, response);
    const keys = await runtime.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_RUNTIME)))
      await runtime.delete(old);
  } catch {
    // No room, or storage blocked: the page was still served.
  }
}

/** The newest other complete pre-cache, with its revisions, if there is one. */
async function previous() {
  const names = (await caches.keys()).filter(
    (n) => n.startsWith(`${PREFIX}precache-`) && n !== PRECACHE,
  );
  for (const name of names.reverse()) {
    const cache = await caches.open(name);
    const stored = await cache.match(absolute(REVISIONS));
    if (stored) return { cache, revisions: await stored.json() };
  }
  return null;
}

async function precacheComplete() {
  return (
    (await caches.has(PRECACHE)) &&
    !!(await (await caches.open(PRECACHE)).match(absolute(REVISIONS)))
  );
}

/** True when the browser says the whole list fits (or cannot say). */
async function roomForPrecache() {
  if (!navigator.storage?.estimate) return true;
  const { usage = 0, quota = Number.POSITIVE_INFINITY } = await navigator.storage.estimate();
  return quota - usage >= BUILD.bytes * ROOM_MARGIN;
}

/** When this worker saw a refusal (in case even the note about it found no room). */
let failedAt = 0;
/** True if this version's pre-cache was refused less than RETRY_AFTER ago. */
async function failedRecently() {
  const stored = await (await caches.open(META)).match(absolute(FAILED));
  const record = stored ? await stored.json() : null;
  const at = record?.version === BUILD.version ? record.at : failedAt;
  return at > 0 && Date.now() - at < RETRY_AFTER;
}

async function rememberFailure() {
  failedAt = Date.now();
  try {
    await (await caches.open(META)).put(
      absolute(FAILED),
      new Response(JSON.stringify({ version: BUILD.version, at: failedAt })),
    );
  } catch {
    // Still no room: this worker remembers it while it runs.
  }
}

/**
 * Fills this version's pre-cache. Returns false, having downloaded nothing,
 * when the browser says there is no room or refused it less than RETRY_AFTER
 * ago; deletes a partial pre-cache the browser refused, and remembers when.
 */
async function precache() {
  if (await precacheComplete()) return true;
  if ((await failedRecently()) || !(await roomForPrecache())) return false;
  try {
    const cache = await caches.open(PRECACHE);
    const old = await previous();
    const revisions = {};
    const queue = [...BUILD.entries];
    async function worker() {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const url = absolute(entry.url);
        revisions[url] = entry.revision;
        if (await cache.match(url)) continue;
        const kept = old?.revisions[url] === entry.revision && (await old.cache.match(url));
        await cache.put(url, kept || (await fetchOk(url)));
      }
    }
    await Promise.all(Array.from({ length: 4 }, worker));
    await cache.put(absolute(REVISIONS), new Response(JSON.stringify(revisions)));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await caches.delete(PRECACHE);
    await rememberFailure();
    return false;
  }
  await carryPagesRead();
  return true;
}

/** Pages read under an older version, not in this pre-cache: fetched again (best effort). */
async function carryPagesRead() {
  const listed = await caches.open(PRECACHE);
  const names = (await caches.keys()).filter(
    (n) => n.startsWith(`${PREFIX}runtime-`) && n !== RUNTIME,
  );
  const pages = new Set();
  for (const name of names)
    for (const request of await (await caches.open(name)).keys())
      if (request.url.endsWith("/") && !(await listed.match(request.url))) pages.add(request.url);
  await Promise.all(
    [...pages].slice(0, MAX_CARRIED).map((url) =>
      fetchOk(url).then(
        (response) => keep(url, response),
        () => undefined,
      ),
    ),
  );
}

/** A pre-cache that did not fit is tried again on a page load, once the estimate says it fits. */
let trying = null;
function retryPrecache() {
  trying ??= precache()
    .catch(() => false)
    .finally(() => {
      trying = null;
    });
  return trying;
}

/**
 * Tells open pages that a new version is ready: the message is the update
 * notice's address, which src/scripts/sw-register.ts imports.
 */
async function tell(clients) {
  for (const client of clients) client.postMessage(absolute("update-notice.js"));
}

self.addEventListener("install", (event) =>
  event.waitUntil(
    precache().then(async () => {
      // An update (not a first visit): the pages open now learn of it.
      if (self.registration.active)
        await tell(await self.clients.matchAll({ type: "window", includeUncontrolled: true }));
    }),
  ),
);

/** A page opened while a new version waits learns of it too, once it exists. */
async function tellNewPage(id) {
  for (let i = 0; i < 20 && id; i++) {
    const client = await self.clients.get(id);
    if (client) return tell([client]);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The older caches kept for open pages: { caches: [names], clients: [ids] }. */
async function readRetired() {
  if (!(await caches.has(META))) return { caches: [], clients: [] };
  const stored = await (await caches.open(META)).match(absolute(RETIRED));
  return stored ? stored.json() : { caches: [], clients: [] };
}

async function writeRetired(retired) {
  try {
    await (await caches.open(META)).put(absolute(RETIRED), new Response(JSON.stringify(retired)));
  } catch {
    // No room even for this: the old caches go at the next activation's clean-up.
  }
}

let sweeping = null;
/** Set once no older cache is kept, so most requests skip the check. */
let noneRetired = false;
/** Deletes the older caches once no page that was open at the update is left. */
function sweepRetired() {
  if (noneRetired) return Promise.resolve();
  sweeping ??= (async () => {
    const retired = await readRetired();
    if (retired.caches.length === 0) {
      noneRetired = true;
      return;
    }
    const open = new Set(
      (await self.clients.matchAll({ type: "window", includeUncontrolled: true })).map((c) => c.id),
    );
    if (retired.clients.some((id) => open.has(id))) return;
    for (const name of retired.caches) if (!CURRENT.includes(name)) await caches.delete(name);
    await writeRetired({ caches: [], clients: [] });
    noneRetired = true;
  })()
    .catch(() => undefined)
    .finally(() => {
      sweeping = null;
    });
  return sweeping;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter(
        (n) => n.startsWith(PREFIX) && !CURRENT.includes(n),
      );
      const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const retire = open.length > 0 && older.length > 0;
      if (!retire) for (const name of older) await caches.delete(name);
      // Written either way, so no list from an earlier update outlives this one.
      await writeRetired(
        retire ? { caches: older, clients: open.map((c) => c.id) } : { caches: [], clients: [] },
      );
      noneRetired = !retire;
      // The page that installed this worker was read too: keep it. (On a first visit no page is
      // controlled yet, so they are all among the uncontrolled ones in `open`.)
      for (const client of open) {
        const url = client.url.split("#")[0];
        if (url.startsWith(SCOPE) && !(await cachedPage(url)))
          await fetchOk(url).then(
            (response) => keep(pageKey(url), response),
            () => undefined,
          );
      }
      await self.clients.claim();
    })(),
  );
});

/** The page's Reload button: the waiting version takes over (and the page reloads itself). */
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

/** A cached copy of a page: the pages read first (fresher), then the pre-cache. */
async function cachedPage(url) {
  const key = pageKey(url);
  for (const name of [RUNTIME, PRECACHE]) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

async function page(event) {
  const { request } = event;
  if (self.registration.waiting) event.waitUntil(tellNewPage(event.resultingClientId));
  event.waitUntil(sweepRetired().then(retryPrecache));
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === "basic")
      await keep(pageKey(request.url), await clean(response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT, "timeout"));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout") return first;
    return (await cachedPage(request.url)) ?? (await network);
  } catch {
    return (
      (await cachedPage(request.url)) ??
      (await caches.match(OFFLINE)) ??
      new Response("You are offline.", { status: 503, headers: { "content-type": "text/plain" } })
    );
  }
}

/** A file from this version's caches, else the network, else an older version kept for open pages. */
async function file(event) {
  const { request } = event;
  const key = fileKey(request.url);
  event.waitUntil(sweepRetired());
  for (const name of [PRECACHE, RUNTIME]) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await fromRetired(key);
    if (kept) return kept;
    throw error;
  }
  if (response.ok && response.type === "basic") {
    event.waitUntil(keep(key, response.clone()));
    return response;
  }
  return (await fromRetired(key)) ?? response;
}

async function fromRetired(key) {
  for (const name of (await readRetired()).caches) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  // The worker checks for its own updates over the network, never from a cache.
  if (request.url.startsWith(absolute("sw.js"))) return;
  event.respondWith(request.mode === "navigate" ? page(event) : file(event));
});
