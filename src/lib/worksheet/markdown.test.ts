import { describe, expect, it } from "vitest";
import { sampleDoc as doc, NOW } from "../../../tests/support/worksheet";
import { escapeMarkdown } from "../markdown/escape";
import { entryToMarkdown, toMarkdown } from "./markdown";
import { type Entry, newEntry } from "./model";

describe("Markdown", () => {
  it("is readable, with a title, the date, each section and the checklist", () => {
    const md = toMarkdown(doc, "10 March 2025");
    expect(md).toContain("# My interview reflections");
    expect(md).toContain("Saved from Bounce Back on 10 March 2025.");
    expect(md).toContain("## Junior analyst at Acme");
    expect(md).toContain("Interview date: 7 March 2025");
    expect(md).toContain("### How it felt overall\n\nFlat.\nThen better.");
    expect(md).toContain(
      "### Next steps\n\n- [x] Ask for feedback\n- [ ] Practise \\<b\\>stories\\</b\\>",
    );
    expect(md).toContain("### A kind note to myself\n\nYou did well.");
    expect(md).not.toContain("What could have gone differently");
    expect(md).toContain("## Untitled reflection");
    expect(md.indexOf("Next steps")).toBeLessThan(md.indexOf("A kind note"));
    expect(md).not.toMatch(/\n{3}/);
  });
});

/** What a Markdown reader shows for escaped text: each backslash-escaped character, as itself. */
const shown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1");

describe("red team: the Markdown export treats what people wrote as text", () => {
  const hostile = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[click me](javascript:alert(1))",
    "![tracker](https://evil.example/pixel.png)",
    "<https://evil.example>",
    "# Not a heading\n> not a quote\n- not a list\n1. not a list",
    "**not bold** _nor this_ `nor code` &amp; ~~nor this~~ | a | table |",
  ];

  it("escapes tags, links, images and line-start markup", () => {
    for (const text of hostile) {
      const out = escapeMarkdown(text);
      // No markup can start: every <, [, !, &, and line-start mark has a backslash before it.
      expect(out).not.toMatch(/(^|[^\\])[<[!&`*_~|]/);
      expect(out).not.toMatch(/^\s*[#>+=-]/m);
      expect(out).not.toMatch(/^\s*\d+[.)]/m);
      // And a reader shows exactly what was written.
      expect(shown(out)).toBe(text);
    }
  });

  it("escapes every field, the title and the next steps in the file", () => {
    const evil: Entry = {
      ...newEntry(NOW, "evil"),
      role: "<b>Role</b>",
      company: "[Co](javascript:x)",
      feeling: hostile.join("\n\n"),
      steps: [{ id: "s", text: "![x](https://evil.example/a.png)", done: false }],
    };
    const md = entryToMarkdown(evil);
    expect(md).not.toContain("<b>");
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toMatch(/(^|[^\\])!\[/m);
    expect(md).not.toMatch(/(^|[^\\])<(img|script|b)/m);
    expect(md).toContain("## \\<b\\>Role\\</b\\> at \\[Co\\](javascript:x)");
  });

  it("leaves ordinary writing as it is", () => {
    const text = 'It went well (mostly). I\'ll ask Sam: "what next?" - then rest.';
    expect(escapeMarkdown(text)).toBe(text);
  });
});
