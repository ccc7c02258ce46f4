import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";

export const ARTICLES_DIR = "content/articles";

/** An article's source file, split into its frontmatter (as YAML reads it) and its body. */
export interface ArticleFile {
  slug: string;
  source: string;
  frontmatter: unknown;
  /** Why the frontmatter could not be read, if it could not. */
  yamlError: string | undefined;
  body: string;
}

function readArticle(file: string): ArticleFile {
  const slug = file.replace(/\.mdx$/, "");
  const source = readFileSync(join(ARTICLES_DIR, file), "utf8");
  const m = source.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!m) return { slug, source, frontmatter: undefined, yamlError: "no --- block", body: source };
  try {
    return {
      slug,
      source,
      frontmatter: parseYaml(m[1] ?? ""),
      yamlError: undefined,
      body: m[2] ?? "",
    };
  } catch (error) {
    return { slug, source, frontmatter: undefined, yamlError: String(error), body: m[2] ?? "" };
  }
}

/** Every article in content/articles, by file name. */
export function articleFiles(): ArticleFile[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map(readArticle);
}
