import { describe, expect, it } from "vitest";
import { parseExcerpt, segmentsToText } from "./excerpt";

describe("parseExcerpt", () => {
  it("splits text and marked words", () => {
    expect(parseExcerpt("Ask for <mark>feedback</mark> kindly")).toEqual([
      { text: "Ask for ", mark: false },
      { text: "feedback", mark: true },
      { text: " kindly", mark: false },
    ]);
  });

  it("decodes entities after splitting, so encoded tags stay text", () => {
    const segments = parseExcerpt(
      "a &lt;script&gt;alert(1)&lt;/script&gt; and <mark>you&#39;re</mark>",
    );
    expect(segments).toEqual([
      { text: "a <script>alert(1)</script> and ", mark: false },
      { text: "you're", mark: true },
    ]);
  });

  it("drops other tags but keeps their text", () => {
    expect(
      parseExcerpt('<img src=x onerror="x()">hi <b>there</b> <a href="javascript:1">link</a>'),
    ).toEqual([{ text: "hi there link", mark: false }]);
  });

  it("merges neighbouring marks and ignores empty ones", () => {
    expect(parseExcerpt("<mark>job</mark><mark> hunt</mark><mark></mark>!")).toEqual([
      { text: "job hunt", mark: true },
      { text: "!", mark: false },
    ]);
  });

  it("copes with unbalanced marks", () => {
    expect(parseExcerpt("</mark>a <mark>b")).toEqual([
      { text: "a ", mark: false },
      { text: "b", mark: true },
    ]);
    expect(parseExcerpt("<MARK class='x'>c</MARK>")).toEqual([{ text: "c", mark: true }]);
  });

  it("leaves a stray less-than sign as text", () => {
    expect(segmentsToText(parseExcerpt("1 < 2 and 3 <4"))).toBe("1 < 2 and 3 <4");
  });

  it("returns nothing for an empty or missing excerpt", () => {
    expect(parseExcerpt("")).toEqual([]);
    expect(parseExcerpt(undefined)).toEqual([]);
    expect(parseExcerpt(null)).toEqual([]);
  });
});
