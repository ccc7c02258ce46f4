/**
 * One summary per article (issue 23): an article whose first section holds a
 * to-do list (`<Checklist>`) has that list as its summary and its map (each
 * line links to the part of the page that explains it), so the layout shows
 * no key-takeaways box and no contents list above it, and the first tick box
 * is on the first screen.
 */

/** The article's MDX without its import and export lines. */
const withoutModuleLines = (body: string) => body.replace(/^(?:import|export)\s.*$/gm, "");

/** True when a `<Checklist` comes before the article's second `## ` section. */
export function leadsWithChecklist(body: string): boolean {
  const text = withoutModuleLines(body);
  const at = text.search(/^\s*<Checklist\b/m);
  if (at < 0) return false;
  const sectionsBefore = text.slice(0, at).match(/^## /gm)?.length ?? 0;
  return sectionsBefore <= 1;
}
