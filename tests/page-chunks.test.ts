import { describe, expect, it } from "vitest";
import { chunkFor, loadedBy, type ModuleFacts, pageChunkGroups } from "../scripts/page-chunks";

/**
 * A small site: two tool pages, an article page's script, the site-wide
 * header script, and a lazy part. Each module lists who imports it statically.
 */
const SEARCH = "/w/src/components/SiteSearch.astro?astro&type=script&index=0&lang.ts";
const LOG = "/w/src/pages/log.astro?astro&type=script&index=0&lang.ts";
const PLAN = "/w/src/pages/plan.astro?astro&type=script&index=0&lang.ts";
const CHECKLIST = "/w/src/components/Checklist.astro?astro&type=script&index=0&lang.ts";
const RENDERER = "/w/node_modules/@astrojs/preact/dist/client.js";

const MODULES: Record<string, ModuleFacts> = {
  [SEARCH]: { isEntry: true, importers: [] },
  [LOG]: { isEntry: true, importers: [] },
  [PLAN]: { isEntry: true, importers: [] },
  [CHECKLIST]: { isEntry: true, importers: [] },
  [RENDERER]: { isEntry: true, importers: [] },
  "/w/src/lib/search/shortcut.ts": { isEntry: false, importers: [SEARCH] },
  "/w/src/lib/paths/base.ts": { isEntry: false, importers: [SEARCH, "/w/src/islands/mount.ts"] },
  "/w/src/islands/mount.ts": { isEntry: false, importers: [LOG, PLAN] },
  "/w/node_modules/preact/dist/preact.module.js": {
    isEntry: false,
    importers: ["/w/src/islands/mount.ts", RENDERER],
  },
  "/w/src/lib/local-store/session.ts": { isEntry: false, importers: [LOG, PLAN] },
  "/w/src/lib/local-store/merge.ts": {
    isEntry: false,
    importers: ["/w/src/lib/local-store/session.ts"],
  },
  "/w/src/lib/log/model.ts": {
    isEntry: false,
    importers: [LOG, "/w/src/islands/log/Insights.tsx"],
  },
  "/w/src/islands/log/Insights.tsx": { isEntry: false, importers: [] },
  "/w/src/lib/days.ts": { isEntry: false, importers: [CHECKLIST, LOG] },
};
const graph = (id: string) => MODULES[id] ?? null;
const short = (set: Set<string> | null) =>
  set && [...set].map((e) => e.replace(/.*\/(\w+)\.astro.*/, "$1")).sort();

describe("loadedBy: the page scripts that run a module on load", () => {
  it("follows static importers up to the entries, through other modules", () => {
    expect(short(loadedBy("/w/src/lib/local-store/merge.ts", graph))).toEqual(["log", "plan"]);
    expect(short(loadedBy("/w/src/lib/days.ts", graph))).toEqual(["Checklist", "log"]);
  });

  it("counts a site-wide script as every page, and leaves out an entry no page runs", () => {
    expect(short(loadedBy("/w/src/lib/paths/base.ts", graph))).toEqual(["log", "plan", "site"]);
    expect(short(loadedBy("/w/node_modules/preact/dist/preact.module.js", graph))).toEqual([
      "log",
      "plan",
    ]);
  });

  it("finds no page for a module only a lazy part imports, and none for a page's own entry", () => {
    expect(loadedBy("/w/src/islands/log/Insights.tsx", graph)).toEqual(new Set());
    expect(loadedBy(LOG, graph)).toBeNull();
    expect(loadedBy(SEARCH, graph)).toEqual(new Set(["site"]));
    expect(loadedBy("/w/missing.ts", graph)).toBeNull();
  });
});

describe("chunkFor: the chunk a module joins", () => {
  it("puts what every page runs in the one site chunk", () => {
    for (const id of [SEARCH, "/w/src/lib/search/shortcut.ts", "/w/src/lib/paths/base.ts"])
      expect(chunkFor(id, graph)).toEqual({ name: "site", pages: Infinity });
  });

  it("groups modules that exactly the same pages run, and only those", () => {
    const session = chunkFor("/w/src/lib/local-store/session.ts", graph);
    expect(session?.pages).toBe(2);
    expect(session?.name).toMatch(/^shared-[0-9a-z]+$/);
    expect(chunkFor("/w/src/lib/local-store/merge.ts", graph)).toEqual(session);
    expect(chunkFor("/w/src/islands/mount.ts", graph)).toEqual(session);
    expect(chunkFor("/w/src/lib/days.ts", graph)?.name).not.toBe(session?.name);
  });

  it("leaves to the bundler what one page alone runs, lazy-only modules and page entries", () => {
    expect(chunkFor("/w/src/lib/log/model.ts", graph)).toBeNull();
    expect(chunkFor("/w/src/islands/log/Insights.tsx", graph)).toBeNull();
    expect(chunkFor(LOG, graph)).toBeNull();
  });
});

describe("pageChunkGroups: the groups Rolldown is given", () => {
  const ctx = { getModuleInfo: graph };
  const groups = pageChunkGroups();
  /** The group that takes a module: the first, by priority, whose name() names it. */
  const placed = (id: string) =>
    [...groups]
      .sort((a, b) => b.priority - a.priority)
      .map((g) => ({ priority: g.priority, name: g.name(id, ctx) }))
      .find((g) => g.name !== null);

  it("places the site chunk first, then groups that serve more pages before fewer", () => {
    expect(placed("/w/src/lib/paths/base.ts")).toEqual({
      priority: groups[0]?.priority,
      name: "site",
    });
    const session = placed("/w/src/lib/local-store/session.ts");
    const days = placed("/w/src/lib/days.ts");
    expect(session?.priority).toBe(2);
    expect(days?.priority).toBe(2);
    expect(groups[0]?.priority).toBeGreaterThan(groups[1]?.priority ?? Infinity);
  });

  it("names each module in one group at most", () => {
    for (const id of Object.keys(MODULES)) {
      const names = groups.map((g) => g.name(id, ctx)).filter((n) => n !== null);
      expect(names.length).toBeLessThanOrEqual(1);
    }
    expect(placed("/w/src/lib/log/model.ts")).toBeUndefined();
  });
});
