import { markdownToHtml } from "satteri";
import { expect, test } from "vitest";
import { baseLinksPlugin } from "./base-links-plugin";

const render = async (markdown: string, base: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin(base)] })).html;

test("puts root-relative links and images under the base, and nothing else", async () => {
  const html = await render(
    "[a](/articles/x/) [b](https://x.example/) [c](#part) [d](//x.example/) ![e](/og.png)",
    "/bb/",
  );
  expect(html).toContain('href="/bb/articles/x/"');
  expect(html).toContain('href="https://x.example/"');
  expect(html).toContain('href="#part"');
  expect(html).toContain('href="//x.example/"');
  expect(html).toContain('src="/bb/og.png"');
});

test("changes nothing for a site at the root", async () => {
  expect(await render("[a](/articles/x/)", "/")).toContain('href="/articles/x/"');
});
