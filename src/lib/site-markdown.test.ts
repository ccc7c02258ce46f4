import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../tests/support/fake-storage";
import { letterDef, letterKind } from "./exercises/letter";
import { thoughtDef, thoughtKind } from "./exercises/thought";
import { writingDef, writingKind } from "./exercises/writing";
import { RecordStore, type RecordStoreDef, type Timed } from "./local-store/record-store";
import { applicationDef, newApplication, newWin, winDef } from "./log/model";
import { newPlan, planDef } from "./plan/model";
import { siteMarkdown } from "./site-markdown";
import { newEntry } from "./worksheet/model";
import { worksheetDef } from "./worksheet/store";

const WORDS = {
  sessions: [{ title: "Day 1: what happened" }],
  steps: [
    { id: "what-happened", label: "What happened" },
    { id: "kind-friend", label: "What a kind friend would say" },
  ],
  traps: [{ id: "labelling", name: "Labelling" }],
};
const HOSTILE = "<img src=x onerror=alert(1)> # not a heading [link](javascript:x)";

function put<R extends Timed>(s: FakeStorage, def: RecordStoreDef<R>, r: R) {
  expect(new RecordStore(def, () => s).write([r]).ok).toBe(true);
}

describe("the whole-site Markdown file", () => {
  it("says so when nothing is saved", () => {
    const md = siteMarkdown(WORDS, "29 November 2026", () => new FakeStorage());
    expect(md).toContain("# Everything I saved on Bounce Back");
    expect(md).toContain("Nothing is saved in this browser yet.");
  });

  it("holds every feature's words, each under its own heading, all as text", () => {
    const s = new FakeStorage();
    put(s, worksheetDef, { ...newEntry(1, "w1"), role: "Designer", wentWell: HOSTILE });
    put(s, writingDef, { ...writingKind.blank(2), text: "Writing it out 😊" });
    put(s, writingDef, writingKind.blank(3));
    const letter = letterKind.blank(4);
    put(s, letterDef, { ...letter, steps: { ...letter.steps, "what-happened": "I came second" } });
    put(s, thoughtDef, { ...thoughtKind.blank(5), thought: "I always fail", traps: ["labelling"] });
    put(s, planDef, newPlan(6, "p1", { situation: "it is Monday", action: "apply for one role" }));
    put(s, applicationDef, { ...newApplication(7, "a1"), role: "Analyst", company: "Acme" });
    put(s, winDef, newWin(8, "win1", "Practised out loud"));

    const md = siteMarkdown(WORDS, "29 November 2026", () => s);
    for (const heading of [
      "## My interview reflections",
      "## Expressive writing",
      "## Kind letters",
      "## Thought records",
      "## My if-then plans",
      "## My application log",
    ])
      expect(md).toContain(heading);
    for (const words of [
      "Designer",
      "Writing it out 😊",
      "I came second",
      "I always fail",
      "Labelling",
      "apply for one role",
      "Analyst",
      "Practised out loud",
    ])
      expect(md).toContain(words);
    // The blank writing session is left out; nothing people wrote becomes markup.
    expect(md.match(/Day 1: what happened/g)).toHaveLength(2);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain("\\<img");
    expect(md).not.toMatch(/^#+ not a heading/m);
    expect(md).not.toContain("Nothing is saved");
  });

  it("adds this month's summary, as /month/ words it, when the month has something in it", () => {
    const s = new FakeStorage();
    put(s, applicationDef, { ...newApplication(1, "a1"), role: "Analyst", date: "2026-12-03" });
    put(s, winDef, { ...newWin(2, "w1", HOSTILE), date: "2026-12-04" });
    put(s, winDef, { ...newWin(3, "w2", "Last month"), date: "2026-11-20" });
    const december = new Date(2026, 11, 7, 12).getTime();
    const md = siteMarkdown(WORDS, "7 December 2026", () => s, december);
    const month = md.slice(md.indexOf("## My month: December 2026"));
    expect(md).toContain("## My month: December 2026");
    expect(month).toContain("- Applications sent: 1");
    expect(month).toContain("- Small wins: 1");
    expect(month).not.toContain("Last month");
    expect(month).toContain("\\<img");
    // A month with nothing in it adds no section.
    const january = new Date(2027, 0, 7, 12).getTime();
    expect(siteMarkdown(WORDS, "7 January 2027", () => s, january)).not.toContain("My month");
  });
});
