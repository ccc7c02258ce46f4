import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { articleHref } from "../lib/articles";
import { getArticles } from "../lib/content";
import { SITE_DESCRIPTION, SITE_NAME } from "../lib/site";

export async function GET(context: APIContext) {
  const articles = (await getArticles()).sort(
    (a, b) => b.data.reviewed.getTime() - a.data.reviewed.getTime(),
  );
  return rss({
    title: `${SITE_NAME} articles`,
    description: SITE_DESCRIPTION,
    site: context.site ?? "https://bounceback.example",
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.reviewed,
      link: articleHref(a.id),
      categories: [a.data.topic],
    })),
    customData: "<language>en-gb</language>",
  });
}
