/**
 * Everything a host changes to make the site theirs, in one place.
 *
 * Two ways to set each value:
 * - edit it here, in your copy of the repository, or
 * - set the environment variable named beside it when the site is built
 *   (a GitHub Pages repository variable, a Netlify or Cloudflare Pages
 *   environment variable, or `SITE_NAME=… npm run build`). A variable that is
 *   set wins over the value here, so one fork can build several sites.
 *
 * src/lib/settings.ts reads this file and the variables, checks them and
 * gives the pages one typed `SETTINGS` object. A value that does not make
 * sense (a web address that is not one, a local service with no way to reach
 * it) stops the build with a plain message saying which value and why.
 */
import type { SiteConfig } from "./src/lib/settings.ts";

const config: SiteConfig = {
  /** The site's name, in the header, page titles and the app's name. SITE_NAME */
  name: "Bounce Back",
  /** A name of 12 characters or fewer for a phone's home screen. SITE_SHORT_NAME */
  shortName: "Bounce Back",
  /** Who publishes this copy and stands behind it: named on /about/our-advice/ and in the footer. SITE_PUBLISHER */
  publisher: "the Bounce Back project",
  /** The publisher's own web address, or "" for none. SITE_PUBLISHER_URL */
  publisherUrl: "",
  /**
   * Where readers report a mistake. The deploy workflows refuse to publish the
   * placeholder (anything @….example); a local build only warns. SITE_CONTACT
   */
  contact: "corrections@bounceback.example",
  /** The site's own address, without the path: "https://careers.example.ac.uk". SITE_URL */
  url: "https://bounceback.example",
  /** The path the site lives under: "/" or "/bounce-back/" for a GitHub Pages project site. BASE_PATH */
  basePath: "/",
  /**
   * Local services shown on /help/ and in the footer, above the national lines:
   * a college's counselling service or careers team, say. Each needs a name,
   * what it is for, and at least one of phone, text or url; hours is optional.
   * SITE_LOCAL_SERVICES, as JSON: [{"name":"…","purpose":"…","phone":"…","hours":"…"}]
   */
  localServices: [],
};

export default config;
