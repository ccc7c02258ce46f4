/**
 * Registers the service worker (public/sw.js) once the page has loaded, so
 * its pre-cache never competes with the page. It is on every page, so it is
 * as small as it can be (article pages have 2 KB of JavaScript in all): the
 * base comes straight from Astro (BASE_PATH, with a slash at each end), and
 * the update notice (public/update-notice.js, a plain file added as a script
 * element, which the CSP's script-src 'self' covers) is only added when a
 * worker is updating this page's version: never on a first visit.
 */
const sw = navigator.serviceWorker;
const base = import.meta.env.BASE_URL;
if (sw)
  addEventListener("load", () =>
    sw.register(`${base}sw.js`).then((reg) => {
      const notice = () =>
        sw.controller &&
        document.head.append(
          Object.assign(document.createElement("script"), {
            type: "module",
            src: `${base}update-notice.js`,
          }),
        );
      if (reg.waiting) notice();
      reg.onupdatefound = notice;
    }, Boolean),
  );
