/**
 * A step in the article pipeline (a Sätteri hast plugin: Astro 7's Markdown
 * processor): puts the site's base path in front of every root-relative link
 * and image in articles, so writers keep writing "/articles/…". MDX components
 * that take an href (NextStep) pass it through url() themselves.
 */
import type { HastPluginDefinition } from "satteri";
import { joinBase } from "./base";

const ATTRIBUTE: Record<string, string> = { a: "href", img: "src" };

export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: "bounce-back:base-links",
    element: {
      filter: Object.keys(ATTRIBUTE),
      visit(node, ctx) {
        const key = ATTRIBUTE[node.tagName];
        const value = key ? node.properties?.[key] : undefined;
        if (key && typeof value === "string") {
          const next = joinBase(base, value);
          if (next !== value) ctx.setProperty(node, key, next);
        }
      },
    },
  };
}
