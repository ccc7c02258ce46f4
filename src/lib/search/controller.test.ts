import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PAGE_SIZE, SearchController, statusMessage } from "./controller";
import type {
  PagefindApi,
  PagefindResult,
  PagefindSearchOptions,
  PagefindSearchResponse,
} from "./types";

/** Pages the fake index knows: each has a topic name (as Pagefind filters on) and words. */
const PAGES = Array.from({ length: 20 }, (_, i) => ({
  url: `/articles/page-${i}/`,
  topic: i % 2 ? "coping" : "learning",
  words: i < 3 ? "feedback email" : "rejection",
  slow: i >= 12,
}));

/**
 * A Pagefind stand-in with the real debouncedSearch's contract: it preloads,
 * waits, and resolves to null when a newer debounced search has started.
 */
function fakePagefind() {
  let searchId = 0;
  const calls: { term: string; options: PagefindSearchOptions | undefined }[] = [];
  const preloads: string[] = [];
  const search = async (
    term: string | null,
    options?: PagefindSearchOptions,
  ): Promise<PagefindSearchResponse> => {
    calls.push({ term: term ?? "", options });
    const matching = PAGES.filter((p) => p.words.includes(term ?? ""));
    const filter = options?.filters?.topic;
    const wanted = filter && typeof filter === "object" && "any" in filter ? filter.any : null;
    const results: PagefindResult[] = matching
      .filter((p) => !wanted || wanted.includes(p.topic))
      .map((p) => ({
        id: p.url,
        // The later pages answer slowly, so a newer search can overtake "Show more".
        data: () =>
          new Promise((resolve) =>
            setTimeout(
              () =>
                resolve({
                  url: p.url,
                  excerpt: `<mark>${term}</mark>`,
                  meta: { title: p.url, topic: p.topic },
                }),
              p.slow ? 50 : 0,
            ),
          ),
      }));
    return { results, unfilteredResultCount: matching.length, filters: {}, totalFilters: {} };
  };
  const api: PagefindApi = {
    options: async () => undefined,
    init: async () => undefined,
    search,
    preload: async (term) => {
      preloads.push(term);
    },
    filters: async () => ({}),
    debouncedSearch: async (term, options, wait = 300) => {
      const id = ++searchId;
      void api.preload(term ?? "", options);
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (id !== searchId) return null;
      const response = await search(term, options);
      return id === searchId ? response : null;
    },
  };
  return { api, calls, preloads };
}

function setup(options: { fail?: boolean } = {}) {
  const pagefind = fakePagefind();
  let fail = options.fail ?? false;
  const addresses: string[] = [];
  const load = vi.fn(() =>
    fail ? Promise.reject(new Error("offline")) : Promise.resolve(pagefind.api),
  );
  const controller = new SearchController({ load, onAddress: (href) => addresses.push(href) });
  const changes = vi.fn();
  controller.subscribe(changes);
  return {
    controller,
    pagefind,
    load,
    addresses,
    changes,
    goOnline: () => {
      fail = false;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("SearchController", () => {
  it("searches once, after typing pauses, and announces the count", async () => {
    const { controller, pagefind, addresses } = setup();
    controller.type("f");
    controller.type("feed");
    controller.type("feedback");
    expect(controller.state.query).toBe("feedback");
    await vi.advanceTimersByTimeAsync(100);
    expect(pagefind.calls).toEqual([]);
    expect(pagefind.preloads).toEqual(["f", "feed", "feedback"]);
    await vi.advanceTimersByTimeAsync(200);
    expect(pagefind.calls.map((c) => c.term)).toEqual(["feedback"]);
    expect(controller.state.outcome?.shown.map((r) => r.url)).toEqual([
      "/articles/page-0/",
      "/articles/page-1/",
      "/articles/page-2/",
    ]);
    expect(statusMessage(controller.state)).toBe("3 results for “feedback”.");
    expect(addresses).toEqual(["/search/?q=feedback"]);
  });

  it("Enter and topics search at once, filtering by topic id", async () => {
    const { controller, pagefind, addresses } = setup();
    controller.type("feedback");
    controller.submit();
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.outcome?.hits).toHaveLength(3);
    controller.setTopic("coping", true);
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.topics).toEqual(["coping"]);
    expect(pagefind.calls.at(-1)?.options).toEqual({
      filters: { topic: { any: ["coping"] } },
    });
    expect(controller.state.outcome?.shown.map((r) => r.topic)).toEqual(["coping"]);
    expect(controller.state.outcome?.unfiltered).toBe(3);
    expect(statusMessage(controller.state)).toBe("1 result for “feedback” in Coping and care.");
    expect(addresses.at(-1)).toBe("/search/?q=feedback&topic=coping");
    // The debounced search from typing was replaced, so it never ran.
    await vi.advanceTimersByTimeAsync(500);
    expect(pagefind.calls.map((c) => c.term)).toEqual(["feedback", "feedback"]);
  });

  it("emptying the box clears the results at once and drops a search still on its way", async () => {
    const { controller, addresses } = setup();
    controller.searchFor({ q: "rejection", topics: ["learning"] });
    controller.type("");
    await vi.advanceTimersByTimeAsync(500);
    expect(controller.state.outcome).toBeNull();
    expect(statusMessage(controller.state)).toBe("");
    expect(addresses).toEqual(["/search/?topic=learning"]);
  });

  it("starts from an address, and loads the index on start", async () => {
    const { controller, pagefind } = setup();
    const load = vi.spyOn(pagefind.api, "init");
    controller.start({ q: "rejection", topics: [] });
    await vi.advanceTimersByTimeAsync(5);
    expect(statusMessage(controller.state)).toBe("17 results for “rejection”.");
    expect(load).not.toHaveBeenCalled(); // init belongs to the loader, not the controller
    expect(controller.state.outcome?.hits).toHaveLength(17);
    expect(controller.state.outcome?.shown).toHaveLength(PAGE_SIZE);
  });

  it("on the search page, loads the index only at the first sign of use, and only once", async () => {
    const { controller, load } = setup();
    controller.start({ q: "", topics: [] }, { later: true });
    await vi.advanceTimersByTimeAsync(5);
    expect(load).not.toHaveBeenCalled();
    controller.warm();
    controller.warm();
    expect(load).toHaveBeenCalledTimes(1);
    // A search in the address loads it at once, later or not.
    const second = setup();
    second.controller.start({ q: "rejection", topics: [] }, { later: true });
    expect(second.load).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5);
    expect(second.controller.state.outcome?.hits).toHaveLength(17);
  });

  it("says the index cannot load when warmed offline, as it does on start", async () => {
    const { controller } = setup({ fail: true });
    controller.start(undefined, { later: true });
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.failed).toBe(false);
    controller.warm();
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.failed).toBe(true);
  });

  it("shows more results, page by page, and says where the new ones start", async () => {
    const { controller } = setup();
    controller.searchFor({ q: "rejection" });
    await vi.advanceTimersByTimeAsync(5);
    const more = controller.showMore();
    expect(controller.state.loadingMore).toBe(true);
    // A second press while the first is loading does nothing.
    await expect(controller.showMore()).resolves.toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    await expect(more).resolves.toBe(PAGE_SIZE);
    expect(controller.state.outcome?.shown).toHaveLength(2 * PAGE_SIZE);
    expect(controller.state.loadingMore).toBe(false);
    const last = controller.showMore();
    await vi.advanceTimersByTimeAsync(100);
    await expect(last).resolves.toBe(2 * PAGE_SIZE);
    expect(controller.state.outcome?.shown).toHaveLength(17);
  });

  it("does not add more results to a search that was replaced meanwhile", async () => {
    const { controller } = setup();
    controller.searchFor({ q: "rejection" });
    await vi.advanceTimersByTimeAsync(5);
    const more = controller.showMore();
    controller.searchFor({ q: "feedback" });
    await vi.advanceTimersByTimeAsync(10);
    expect(controller.state.outcome?.query).toBe("feedback");
    await vi.advanceTimersByTimeAsync(100);
    await expect(more).resolves.toBeNull();
    expect(controller.state.outcome?.query).toBe("feedback");
    expect(controller.state.outcome?.shown).toHaveLength(3);
  });

  it("says when the index cannot load, and Try again recovers", async () => {
    const { controller, goOnline } = setup({ fail: true });
    controller.start();
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.failed).toBe(true);
    controller.type("feedback");
    await controller.retry();
    expect(controller.state).toMatchObject({ failed: true, retrying: false });
    goOnline();
    const retried = controller.retry();
    expect(controller.state.retrying).toBe(true);
    await retried;
    await vi.advanceTimersByTimeAsync(5);
    expect(controller.state.failed).toBe(false);
    expect(controller.state.outcome?.hits).toHaveLength(3);
  });

  it("tells subscribers about changes until they stop listening", () => {
    const { controller, changes } = setup();
    controller.type("a");
    expect(changes).toHaveBeenCalledTimes(1);
    const listener = vi.fn();
    const stop = controller.subscribe(listener);
    controller.type("ab");
    stop();
    controller.type("abc");
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
