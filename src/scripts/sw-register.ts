/**
 * Registers the service worker (public/sw.js) three seconds after the page
 * has loaded, so its pre-cache never competes with the page: once installed,
 * the worker fetches and stores every page (about 2.4 MB) at once, and an
 * island still drawing itself after load (an exercise draws its form a frame
 * at a time) would share a phone's processor with all of that. Someone who
 * leaves sooner registers it on the next page. It is on every page, so it is
 * small (article pages have at most 3 KB of JavaScript in all): the
 * base comes straight from Astro (BASE_PATH, with a slash at each end), and
 * the worker itself says when a new version is installing or waiting. Its one
 * message is the address of the update notice (public/update-notice.js, under
 * the worker's scope), which is only then imported. Only this site's own
 * service worker can message this page, and the CSP's script-src 'self'
 * covers the import. The listener is set at once, so no message is missed.
 */
const sw = navigator.serviceWorker;
if (sw) {
  sw.onmessage = (e) => import(/* @vite-ignore */ e.data);
  addEventListener("load", () =>
    setTimeout(() => sw.register(`${import.meta.env.BASE_URL}sw.js`).catch(Boolean), 3e3),
  );
}
