import { describe, expect, it } from "vitest";
import { logCsv, logMarkdown } from "./export";
import { type Application, newApplication, newWin } from "./model";

const a: Application = {
  ...newApplication(1_700_000_000_000, "a1"),
  role: "Data analyst",
  company: "Smith, Sons & Co",
  date: "2026-11-20",
  stage: "turned-down",
  stoppedAt: "final-round",
  interviewDate: "2026-12-01",
  nextAction: "Ask for feedback",
  nextDate: "2026-12-09",
  link: "https://jobs.example.org/123?a=1&b=2",
  contact: '=HYPERLINK("http://evil.example","x")',
  notes: 'Panel of three, "friendly".\n-2 for the SQL task\n\n# not a heading',
};

/** A CSV as rows of cells, read as a spreadsheet would (quotes, doubled quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      rows.at(-1)?.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      rows.at(-1)?.push(cell);
      cell = "";
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows.filter((r) => r.length);
}

describe("the log's CSV", () => {
  it("has a column for each new field, ISO days, formulas neutralised", () => {
    const rows = parseCsv(logCsv([a], [{ ...newWin(1, "w1", "+1 practice"), date: "2026-11-29" }]));
    const [head, app, win] = rows;
    expect(head).toEqual([
      "Type",
      "Date",
      "Role",
      "Company",
      "Stage",
      "Turned down at",
      "Interview date",
      "Next action",
      "Next action date",
      "Job link",
      "Contact",
      "Notes",
      "Small win",
    ]);
    const row = Object.fromEntries((head ?? []).map((h, i) => [h, app?.[i]]));
    expect(row).toMatchObject({
      Date: "2026-11-20",
      Company: "Smith, Sons & Co",
      Stage: "Turned down",
      "Turned down at": "After the final round",
      "Interview date": "2026-12-01",
      "Next action date": "2026-12-09",
      "Job link": a.link,
      Contact: `'${a.contact}`,
      Notes: a.notes,
    });
    expect(win).toEqual(["Small win", "2026-11-29", ...Array(10).fill(""), "'+1 practice"]);
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves “Turned down at” empty for any other stage", () => {
    const [, row] = parseCsv(logCsv([{ ...a, stage: "offer" }], []));
    expect(row?.[5]).toBe("");
  });
});

describe("the log's Markdown", () => {
  it("writes days as the site does, the new fields escaped, notes line by line", () => {
    const md = logMarkdown(
      [a],
      [{ ...newWin(1, "w1", "Got a *reply*"), date: "2026-11-29" }],
      "7 December 2026",
    );
    expect(md).toContain("- Applied: 20 November 2026");
    expect(md).toContain("- Stage: Turned down (after the final round)");
    expect(md).toContain("- Interview: 1 December 2026");
    expect(md).toContain("- Next: Ask for feedback by 9 December 2026");
    expect(md).toContain("- Job link: https://jobs.example.org/123?a=1\\&b=2");
    expect(md).toContain('- Contact: \\=HYPERLINK("http://evil.example","x")');
    expect(md).toContain(
      '- Notes: Panel of three, "friendly".\\\n  \\-2 for the SQL task\n\n  \\# not a heading\n',
    );
    expect(md).toContain("- 29 November 2026: Got a \\*reply\\*");
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("leaves out the fields nobody filled in", () => {
    const md = logMarkdown([{ ...newApplication(1, "b"), role: "Tester" }], [], "today");
    expect(md).not.toMatch(/Job link|Contact|Notes|Turned down/);
  });
});
