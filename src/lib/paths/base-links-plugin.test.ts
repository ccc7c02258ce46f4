import { expect, test } from "vitest";
import { rehypeBaseLinks } from "./rehype-base-links";

test("adds the base to Markdown links, images and MDX component links, nothing else", () => {
  const tree = {
    type: "root",
    children: [
      { type: "element", tagName: "a", properties: { href: "/articles/x/" }, children: [] },
      { type: "element", tagName: "a", properties: { href: "https://x.example/" }, children: [] },
      { type: "element", tagName: "img", properties: { src: "/og.png" }, children: [] },
      {
        type: "mdxJsxFlowElement",
        attributes: [
          { type: "mdxJsxAttribute", name: "href", value: "/worksheet/" },
          { type: "mdxJsxAttribute", name: "title", value: "/not-a-link/" },
        ],
        children: [{ type: "element", tagName: "a", properties: { href: "#part" }, children: [] }],
      },
    ],
  };
  rehypeBaseLinks({ base: "/bb/" })(tree);
  expect(JSON.stringify(tree)).toContain('"href":"/bb/articles/x/"');
  expect(JSON.stringify(tree)).toContain('"href":"https://x.example/"');
  expect(JSON.stringify(tree)).toContain('"src":"/bb/og.png"');
  expect(JSON.stringify(tree)).toContain('"value":"/bb/worksheet/"');
  expect(JSON.stringify(tree)).toContain('"value":"/not-a-link/"');
  expect(JSON.stringify(tree)).toContain('"href":"#part"');
});
