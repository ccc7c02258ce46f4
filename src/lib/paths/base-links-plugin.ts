/**
 * A rehype step for articles: puts the site's base path in front of every
 * root-relative link and image, in Markdown links and in MDX components'
 * href/src attributes alike, so writers keep writing "/articles/…".
 */
import { joinBase } from "./base";

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const LINK_ATTRIBUTES = new Set(["href", "src"]);

function rewrite(node: Node, base: string): void {
  if (node.type === "element" && node.properties) {
    for (const name of LINK_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === "string") node.properties[name] = joinBase(base, value);
    }
  }
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    for (const attribute of node.attributes ?? []) {
      if (
        attribute.type === "mdxJsxAttribute" &&
        LINK_ATTRIBUTES.has(attribute.name ?? "") &&
        typeof attribute.value === "string"
      ) {
        attribute.value = joinBase(base, attribute.value);
      }
    }
  }
  for (const child of node.children ?? []) rewrite(child, base);
}

export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Node) => rewrite(tree, base);
}
