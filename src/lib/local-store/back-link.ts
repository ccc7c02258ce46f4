/**
 * Where the about page sends someone back to after unlocking (LockGate's
 * `?back=`). Resolved as the browser would resolve it (new URL(), which also
 * drops tabs and newlines and reads "\" as "/"), then kept only when it is a
 * page of this site: this origin, under the site's base path. Anything else
 * (another host, however it is spelt) gives null, and the person stays here.
 */
export function safeBack(back: string | null, origin: string, base: string): string | null {
  if (!back) return null;
  try {
    const to = new URL(back, `${origin}${base}`);
    if (to.origin !== origin || !`${to.pathname}/`.startsWith(base)) return null;
    if (to.username || to.password) return null;
    return `${to.pathname}${to.search}${to.hash}`;
  } catch {
    return null;
  }
}
