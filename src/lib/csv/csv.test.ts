import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

/** Reads CSV the way a spreadsheet does (RFC 4180), to check what comes back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Data analyst")).toBe("Data analyst");
    expect(csvCell("")).toBe("");
  });
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("Acme, Inc")).toBe('"Acme, Inc"');
    expect(csvCell('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
    expect(csvCell("one\r\ntwo")).toBe('"one\r\ntwo"');
  });
  it("neutralises formulas: =, +, -, @, tab and carriage return at the start", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+44 20")).toBe("'+44 20");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=1")).toBe("a=1");
  });
});

describe("toCsv", () => {
  it("writes CRLF records with a BOM, and reads back to the same cells (formulas as text)", () => {
    const rows = [
      ["Role", "Company", "Notes"],
      ["Analyst, data", 'The "Best" Co', "line one\nline two"],
      ["=cmd|' /C calc'!A0", "@x", "Zoë 日本 😊"],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFFRole,Company,Notes\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const back = readCsv(text);
    expect(back[1]).toEqual(rows[1]);
    expect(back[2]).toEqual(["'=cmd|' /C calc'!A0", "'@x", "Zoë 日本 😊"]);
    // No cell a spreadsheet reads starts a formula.
    for (const r of back) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});
