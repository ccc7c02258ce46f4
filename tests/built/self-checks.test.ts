import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { plainText } from "../../src/lib/html-text";
import { byPath } from "./built-site";

/**
 * Every self-check's questions as the built page serves them (moved here from
 * Playwright, where it cost six seconds of page work; the island hydrates this
 * same markup): a heading with the check's title, the introduction folded under
 * "About this check", and each question a fieldset named by its legend, with one
 * radio per option, each with its own label.
 */
interface CheckFile {
  slug: string;
  title: string;
  intro: string;
  questions: { prompt: string; options: { label: string }[] }[];
}

const dir = join(import.meta.dirname, "../../content/self-checks");
const checks: CheckFile[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as CheckFile);

describe.each(checks)("the self-check $slug, as built", (check) => {
  const html = byPath.get(`/self-check/${check.slug}/`)?.html ?? "";
  const fieldsets = [...html.matchAll(/<fieldset\b([^>]*)>([\s\S]*?)<\/fieldset>/g)];

  test("is built, with its title as the heading and its introduction folded", () => {
    expect(html).not.toBe("");
    expect(plainText(html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "")).toBe(check.title);
    const about = html.match(/<details\b[^>]*>([\s\S]*?)<\/details>/)?.[1] ?? "";
    expect(plainText(about.match(/<summary\b[^>]*>([\s\S]*?)<\/summary>/)?.[1] ?? "")).toBe(
      "About this check",
    );
    expect(plainText(about)).toContain(plainText(check.intro));
  });

  test("labels each option inside a group named by its question", () => {
    expect(fieldsets).toHaveLength(check.questions.length);
    check.questions.forEach((q, i) => {
      const [, attrs = "", inner = ""] = fieldsets[i] ?? [];
      const n = i + 1;
      expect(attrs).toContain(`id="sc-q${n}"`);
      const legend = plainText(inner.match(/<legend\b[^>]*>([\s\S]*?)<\/legend>/)?.[1] ?? "");
      expect(legend).toBe(`Question ${n} of ${check.questions.length}${q.prompt}`);
      const radios = [...inner.matchAll(/<input\b[^>]*type="radio"[^>]*>/g)].map((m) => m[0]);
      expect(radios).toHaveLength(q.options.length);
      const labels = [...inner.matchAll(/<label for="([^"]+)"[^>]*>([\s\S]*?)<\/label>/g)].map(
        ([, id = "", inside = ""]) => ({ id, name: plainText(inside) }),
      );
      expect(labels.map((l) => l.name)).toEqual(q.options.map((o) => o.label));
      radios.forEach((radio, j) => {
        expect(radio).toContain(`id="${labels[j]?.id}"`);
        expect(radio).toContain(`name="sc-q${n}"`);
      });
    });
  });
});
