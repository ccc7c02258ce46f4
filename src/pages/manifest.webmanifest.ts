import { url } from "../lib/paths/base";
import { SETTINGS } from "../lib/settings";
import { SITE_TAGLINE } from "../lib/site";

/**
 * The web app manifest, generated so its addresses sit under the site's base
 * (BASE_PATH): start_url, scope, icons and shortcuts all go through url().
 * The names are the host's (site.config.ts: name, shortName).
 */
export function GET() {
  const manifest = {
    name: SETTINGS.name,
    short_name: SETTINGS.shortName,
    description: SITE_TAGLINE,
    id: url("/"),
    start_url: url("/"),
    scope: url("/"),
    display: "standalone",
    background_color: "#fbf8f3",
    theme_color: "#0a6158",
    lang: "en-GB",
    dir: "ltr",
    icons: [
      { src: url("/favicon.svg"), sizes: "any", type: "image/svg+xml" },
      { src: url("/icon-192.png"), sizes: "192x192", type: "image/png" },
      { src: url("/icon-512.png"), sizes: "512x512", type: "image/png" },
      {
        src: url("/icon-maskable-512.png"),
        sizes: "512x512",
        type: "image/png",
        purpose: "maskable",
      },
    ],
    shortcuts: [
      {
        name: "Reflection worksheet",
        short_name: "Worksheet",
        description: "Reflect on one interview, privately, on this device.",
        url: url("/worksheet/"),
        icons: [{ src: url("/icon-192.png"), sizes: "192x192", type: "image/png" }],
      },
      {
        name: "Self-checks",
        short_name: "Self-checks",
        description: "Short quizzes that point you to the right advice.",
        url: url("/self-check/"),
        icons: [{ src: url("/icon-192.png"), sizes: "192x192", type: "image/png" }],
      },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8" },
  });
}
