import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPLY_OR_NOT, REPLY_OR_NOT_ARTICLES } from "./reply-or-not";

const DIR = "content/articles";
const read = (slug: string) => readFileSync(join(DIR, `${slug}.mdx`), "utf8");

describe("the one answer to 'should I reply?'", () => {
  test("is one sentence", () => {
    expect(REPLY_OR_NOT.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  for (const slug of REPLY_OR_NOT_ARTICLES) {
    test(`${slug} imports it and renders it`, () => {
      const source = read(slug);
      expect(source).toMatch(
        /^import \{ REPLY_OR_NOT \} from "\.\.\/\.\.\/src\/lib\/reply-or-not";$/m,
      );
      expect(source).toContain("{REPLY_OR_NOT}");
    });
  }

  test("no article types the answer out by hand", () => {
    const opening = REPLY_OR_NOT.slice(0, 40);
    for (const file of readdirSync(DIR).filter((f) => f.endsWith(".mdx"))) {
      expect(readFileSync(join(DIR, file), "utf8"), file).not.toContain(opening);
    }
  });
});
