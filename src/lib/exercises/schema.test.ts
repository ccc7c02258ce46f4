import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LETTER_STEPS, TRAPS } from "./exercises";
import { exerciseSchema } from "./schema";

const dir = join(import.meta.dirname, "../../../content/exercises");
const files = readdirSync(dir).filter((f) => f.endsWith(".mdx"));
const front = (f: string) =>
  parse(readFileSync(join(dir, f), "utf8").split("\n---\n")[0]?.slice(4) ?? "");

describe("exercise frontmatter", () => {
  it("has the three exercises and the two planning tools", () => {
    expect(files.sort()).toEqual([
      "expressive-writing.mdx",
      "kind-letter.mdx",
      "log.mdx",
      "plan.mdx",
      "thought-record.mdx",
    ]);
  });
  it.each(files)("%s is valid", (f) => {
    const r = exerciseSchema.safeParse(front(f));
    expect(r.error?.issues ?? []).toEqual([]);
  });
  it("has each exercise's own data", () => {
    const d = (f: string) => exerciseSchema.parse(front(f));
    expect(d("expressive-writing.mdx").sessions).toHaveLength(5);
    expect(d("kind-letter.mdx").steps).toHaveLength(4);
    const tr = d("thought-record.mdx");
    expect(tr.traps).toHaveLength(6);
    expect(tr.examples).toHaveLength(3);
    // The stores keep exactly these ids: content and code must agree.
    expect(tr.traps?.map((t) => t.id)).toEqual([...TRAPS]);
    expect(d("kind-letter.mdx").steps?.map((s) => s.id)).toEqual([...LETTER_STEPS]);
  });
  it("rejects an example trap that is not listed, and review dates too far apart", () => {
    const tr = front("thought-record.mdx");
    const bad = { ...tr, examples: [{ ...tr.examples[0], traps: ["made-up"] }] };
    expect(exerciseSchema.safeParse(bad).success).toBe(false);
    expect(exerciseSchema.safeParse({ ...tr, nextReview: "2031-01-01" }).success).toBe(false);
    expect(exerciseSchema.safeParse({ ...tr, sources: [] }).success).toBe(false);
  });
});
