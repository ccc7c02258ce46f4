import { url as siteUrl } from "../paths/base";
import { PAGEFIND_OPTIONS } from "./config";
import type { PagefindApi } from "./types";

let loading: Promise<PagefindApi> | undefined;
let attempts = 0;

/**
 * Loads Pagefind's browser API (generated into /pagefind/ after the build, so
 * it is imported at run time, never bundled). One shared load per page; after
 * a failure the next call tries again with a fresh URL, because a failed
 * module import can be remembered by the browser.
 */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    attempts += 1;
    // Built at run time so the bundler leaves it alone: the file only exists after `pagefind` runs.
    const url = new URL(siteUrl("/pagefind/pagefind.js"), location.href);
    if (attempts > 1) url.searchParams.set("attempt", String(attempts));
    const attempt = import(/* @vite-ignore */ url.href).then(async (api: PagefindApi) => {
      await api.options(PAGEFIND_OPTIONS);
      await api.init();
      return api;
    });
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}
