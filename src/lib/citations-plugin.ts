/**
 * A step in the MDX pipeline (a Sätteri hast plugin): gives every
 * <Cite id="…" /> what it needs to render as a numbered link, from the file's
 * own frontmatter: `n` (the source's place in the list), `label` (its
 * accessible name) and `occurrence` (1 for the first marker citing that
 * source, 2 for the second…), counted in reading order at compile time so the
 * ids are the same on every build. A marker naming no listed source gets n 0;
 * the content test names the file.
 */
import type {
  HastPluginDefinition,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
  PluginFactoryContext,
} from "satteri";
import { type CitableSource, citeLabel, sourcePosition } from "./citations";

interface FrontmatterBag {
  astro?: { frontmatter?: { sources?: unknown } };
}

function idAttribute(node: Readonly<MdxJsxTextElementHast | MdxJsxFlowElementHast>): string {
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name === "id") {
      return typeof attribute.value === "string" ? attribute.value : "";
    }
  }
  return "";
}

/**
 * A plugin factory: Sätteri calls it once per document, so each document gets
 * its own counter even when several compile at once. Only MDX has markers.
 */
export function citationsPlugin(ctx: PluginFactoryContext): HastPluginDefinition | undefined {
  if (ctx.sourceFormat !== "mdx") return undefined;
  const seen = new Map<string, number>();
  const visit: NonNullable<HastPluginDefinition["mdxJsxTextElement"]> = {
    filter: ["Cite"],
    visit(node, ctx) {
      const id = idAttribute(node);
      const bag = ctx.data as FrontmatterBag;
      const raw = bag.astro?.frontmatter?.sources;
      const sources: CitableSource[] = Array.isArray(raw) ? (raw as CitableSource[]) : [];
      const n = sourcePosition(sources, id);
      const occurrence = (seen.get(id) ?? 0) + 1;
      seen.set(id, occurrence);
      ctx.setProperty(node, "n", n);
      ctx.setProperty(node, "occurrence", occurrence);
      const source = sources[n - 1];
      if (source) ctx.setProperty(node, "label", citeLabel(n, source));
    },
  };
  return {
    name: "bounce-back:citations",
    mdxJsxTextElement: visit,
    mdxJsxFlowElement: visit as unknown as NonNullable<HastPluginDefinition["mdxJsxFlowElement"]>,
  };
}
