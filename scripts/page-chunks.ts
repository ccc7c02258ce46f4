/**
 * How the site's JavaScript is split into files: by the pages that run it.
 *
 * Left to itself, the bundler groups modules by the set of *scripts* that
 * import them, and counts each lazy part as a script of its own. A page here
 * runs three site-wide scripts (the header's search, the theme menu, the
 * service worker) beside its own, and most tools have lazy parts, so the
 * modules /log/ runs on load came in 28 files, many of 150–450 bytes. Gzip
 * starts afresh in each file: those 28 cost 26,282 bytes, against 21,132 as
 * one file (npm run build, 7 December 2026).
 *
 * Here a module goes with the other modules that the same *pages* run on
 * load, whoever imports them:
 *
 * - what the site-wide scripts run, they run on every page: it is one "site"
 *   chunk (the scripts themselves too; each script's own file then only
 *   imports it);
 * - a module that two or more page scripts run on load joins the others that
 *   exactly those page scripts run;
 * - the rest is left to the bundler: a module one page script alone runs
 *   stays in that script's file, and one only lazy parts import loads on
 *   demand.
 *
 * The measure is tests/built/budget.test.ts. On the same code, this took
 * /log/ from 28 files and 26,282 bytes to 18 files and 24,730, every tool
 * page by about the same, and the articles from 3,005 to 2,723 bytes.
 */

/** The slice of the bundler's module information this needs. */
export interface ModuleFacts {
  isEntry: boolean;
  /** The modules that import this one statically (not with import()). */
  importers: readonly string[];
}

export type ModuleGraph = (id: string) => ModuleFacts | null;

/**
 * The components whose `<script>` every page runs (the layout and the header's).
 * A script added there is named here too (tests/built/budget.test.ts fails until it is).
 */
export const SITE_WIDE_SCRIPTS = ["BaseLayout.astro", "ThemeToggle.astro", "SiteSearch.astro"];

/** A site-wide script in the module graph ("/…/src/components/SiteSearch.astro?astro&type=script…"). */
const isSiteWide = (id: string) =>
  SITE_WIDE_SCRIPTS.some((name) => id.includes(`/${name}?astro&type=script`));

/** A site-wide script's file in the build ("/_astro/SiteSearch.astro_astro_type_script_…"). */
export const isSiteWideFile = (file: string) =>
  SITE_WIDE_SCRIPTS.some((name) => file.includes(`/${name}_astro_type_script_`));

/** Entries no page runs (the framework's own client renderer, unused here). */
const NOT_A_PAGE = /[\\/]node_modules[\\/]/;

const SITE = "site";

/**
 * The page scripts that run this module on load: its static importers,
 * followed up to the entries ("site" for a site-wide one). Empty for a
 * module only lazy parts import; null for an entry itself.
 */
export function loadedBy(id: string, graph: ModuleGraph): Set<string> | null {
  const self = graph(id);
  if (!self) return null;
  // The site-wide scripts themselves join the site chunk (each entry file then only imports it).
  if (self.isEntry) return isSiteWide(id) ? new Set([SITE]) : null;
  const entries = new Set<string>();
  const seen = new Set([id]);
  const todo = [id];
  for (let m = todo.pop(); m !== undefined; m = todo.pop()) {
    const info = graph(m);
    if (!info) continue;
    if (info.isEntry && !NOT_A_PAGE.test(m)) entries.add(isSiteWide(m) ? SITE : m);
    for (const up of info.importers) {
      if (seen.has(up)) continue;
      seen.add(up);
      todo.push(up);
    }
  }
  return entries;
}

/** A short, stable name for a set of page scripts (the first part of the file's name). */
function groupName(pages: Set<string>): string {
  let h = 0x811c9dc5;
  for (const c of [...pages].sort().join("\n")) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return `shared-${(h >>> 0).toString(36)}`;
}

/**
 * The chunk a module goes in, and how many page scripts that chunk serves
 * (Infinity: every page). Null leaves the module to the bundler: an entry
 * that is not site-wide, a module only lazy parts import, or one a single
 * page script alone runs.
 */
export function chunkFor(id: string, graph: ModuleGraph): { name: string; pages: number } | null {
  const pages = loadedBy(id, graph);
  if (pages?.has(SITE)) return { name: SITE, pages: Infinity };
  if (!pages || pages.size < 2) return null;
  return { name: groupName(pages), pages: pages.size };
}

/** Page-script counts up to this get a priority of their own; more share the lowest. */
const MAX_PAGES = 60;

type ChunkingContext = { getModuleInfo(id: string): ModuleFacts | null };

/**
 * Rolldown's codeSplitting groups (output.codeSplitting.groups). Groups that
 * serve more pages come first, the site's above all: a module's dependencies
 * run on the same pages or more, so each is placed before the modules that
 * import it, and never pulled into a group that serves fewer pages.
 */
export function pageChunkGroups() {
  const known = new Map<string, ReturnType<typeof chunkFor>>();
  const chunk = (id: string, ctx: ChunkingContext) => {
    if (!known.has(id))
      known.set(
        id,
        chunkFor(id, (m) => ctx.getModuleInfo(m)),
      );
    return known.get(id) ?? null;
  };
  const serving = (wanted: (pages: number) => boolean) => ({
    name: (id: string, ctx: ChunkingContext) => {
      const c = chunk(id, ctx);
      return c && wanted(c.pages) ? c.name : null;
    },
  });
  return [
    { priority: MAX_PAGES + 1, ...serving((n) => n === Infinity) },
    ...Array.from({ length: MAX_PAGES - 1 }, (_, i) => MAX_PAGES - i).map((size) => ({
      priority: size,
      ...serving((n) => n === size || (size === MAX_PAGES && n > size && n !== Infinity)),
    })),
  ];
}
