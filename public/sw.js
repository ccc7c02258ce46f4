/*
 * Bounce Back's service worker: the site offline, in plain JavaScript.
 *
 * - Install: pre-caches the files scripts/precache.ts listed at build time
 *   (it writes the list into BUILD below). A file whose revision did not
 *   change is copied from the previous version's cache, not downloaded again.
 *   The page registers this worker only after it has loaded, so none of this
 *   is on a page's critical path.
 * - Pages: the network first (a fresh page when online), the cache after
 *   NETWORK_TIMEOUT ms or when offline, then /offline/. Every page read is
 *   kept, so pages already read work offline even when not pre-cached.
 * - Other files (hashed assets, Pagefind, icons): the cache first.
 * - Activate: deletes the caches of older versions. A new version waits until
 *   the page asks (the "A new version of the site is ready" notice's Reload
 *   button): it never takes over, or reloads, a page by itself. Open pages,
 *   and pages opened while it waits, are sent the update notice's address.
 */
const BUILD = /* precache */ { version: "dev", everything: false, entries: [] } /* end precache */;

const PREFIX = "bounce-back-";
const PRECACHE = `${PREFIX}precache-${BUILD.version}`;
/** Pages read (and files fetched) while this version runs. */
const RUNTIME = `${PREFIX}runtime-${BUILD.version}`;
/** Where the pre-cache keeps each URL's revision, to copy unchanged files on the next update. */
const REVISIONS = "__revisions";
const SCOPE = self.registration.scope;
const OFFLINE = new URL("offline/", SCOPE).href;
const NETWORK_TIMEOUT = 3000;
/** Pages read under an older version are fetched again for this one, up to this many. */
const MAX_CARRIED = 300;

const absolute = (url) => new URL(url, SCOPE).href;

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

/** The newest other pre-cache, with its revisions, if there is one. */
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

async function precache() {
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
  await carryPagesRead(revisions);
}

/** Pages read under an older version, not in this pre-cache: fetched again (best effort). */
async function carryPagesRead(revisions) {
  const runtime = await caches.open(RUNTIME);
  const names = (await caches.keys()).filter(
    (n) => n.startsWith(`${PREFIX}runtime-`) && n !== RUNTIME,
  );
  const pages = new Set();
  for (const name of names)
    for (const request of await (await caches.open(name)).keys())
      if (request.url.endsWith("/") && !(request.url in revisions)) pages.add(request.url);
  await Promise.all(
    [...pages].slice(0, MAX_CARRIED).map((url) =>
      fetchOk(url).then(
        (response) => runtime.put(url, response),
        () => undefined,
      ),
    ),
  );
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

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = [PRECACHE, RUNTIME];
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && !keep.includes(name)) await caches.delete(name);
      // The page that installed this worker was read too: keep it.
      const runtime = await caches.open(RUNTIME);
      for (const client of await self.clients.matchAll({ type: "window" })) {
        const url = client.url.split("#")[0];
        if (url.startsWith(SCOPE) && !(await caches.match(url, { ignoreSearch: true })))
          await fetchOk(url).then(
            (response) => runtime.put(url, response),
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
  const u = new URL(url);
  u.hash = "";
  const tries = [u.href];
  if (!u.pathname.endsWith("/") && !u.pathname.split("/").pop().includes("."))
    tries.push(`${u.origin}${u.pathname}/${u.search}`);
  for (const name of [RUNTIME, PRECACHE]) {
    const cache = await caches.open(name);
    for (const t of tries) {
      const hit = await cache.match(t, { ignoreSearch: true });
      if (hit) return hit;
    }
  }
  return undefined;
}

async function page(event) {
  const { request } = event;
  if (self.registration.waiting) event.waitUntil(tellNewPage(event.resultingClientId));
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === "basic") {
      const copy = await clean(response.clone());
      await (await caches.open(RUNTIME)).put(request.url.split(/[?#]/)[0], copy);
    }
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

async function file(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic")
    await (await caches.open(RUNTIME)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  // The worker checks for its own updates over the network, never from a cache.
  if (request.url.startsWith(absolute("sw.js"))) return;
  event.respondWith(request.mode === "navigate" ? page(event) : file(request));
});
