import { describe, expect, it } from "vitest";
import { decodeEntities, linksIn } from "./html-text";

describe("decodeEntities", () => {
  it("decodes named and numeric references", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&nbsp;&#8217;&#x2014;")).toBe(
      "&<>\"'\u00a0\u2019\u2014",
    );
  });

  it("leaves unknown names alone and replaces invalid code points", () => {
    expect(decodeEntities("&copy; &bogus; &#0; &#xD800; &#1114112;")).toBe(
      "&copy; &bogus; \ufffd \ufffd \ufffd",
    );
  });

  it("does not decode twice", () => {
    expect(decodeEntities("&amp;lt;")).toBe("&lt;");
  });
});

describe("linksIn", () => {
  it("finds each link's address and words, in order, as plain text", () => {
    const html =
      '<p>You can still <a href="/articles/">read all the <em>articles</em></a>, for example ' +
      "<a class=\"x\" href='/articles/a/'>Tom &amp; Jerry&#8217;s\n  story</a>.</p>";
    expect(linksIn(html)).toEqual([
      { href: "/articles/", text: "read all the articles" },
      { href: "/articles/a/", text: "Tom & Jerry\u2019s story" },
    ]);
  });

  it("keeps each address once and leaves out what it is told to skip", () => {
    const html =
      '<a href="/help/">get help</a><a href="/a/">one</a><a href="/a/">again</a><a href="/b/"></a>';
    expect(linksIn(html, ["/help/"])).toEqual([{ href: "/a/", text: "one" }]);
  });

  it("finds nothing in text without links", () => {
    expect(linksIn("<p>It keeps what you write in this browser.</p>")).toEqual([]);
    expect(linksIn('<a name="top">top</a>')).toEqual([]);
  });

  it("reads a link's words as text: markup in them never comes through", () => {
    expect(linksIn('<a href="/x/">&lt;script&gt;alert(1)&lt;/script&gt;</a>')).toEqual([
      { href: "/x/", text: "<script>alert(1)</script>" },
    ]);
  });
});
