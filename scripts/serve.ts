/**
 * Serves the built site the way a static host would (see scripts/site-server.ts).
 *
 * Usage: node scripts/serve.ts [folder] [--port 4480] [--base /bounce-back/]
 * PORT and BASE_PATH work as environment variables too. The default port is
 * 4480, away from astro dev's 4321–4330: pages on the same origin share
 * localStorage, so another local project must not share this site's origin.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { normaliseBase } from "../src/lib/paths/base.ts";
import { createSiteServer, DEFAULT_PORT } from "./site-server.ts";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(flag("--port") ?? process.env.PORT ?? DEFAULT_PORT);
const base = normaliseBase(flag("--base") ?? process.env.BASE_PATH ?? "/");
const root = resolve(
  args.find((a, i) => !a.startsWith("--") && !["--port", "--base"].includes(args[i - 1] ?? "")) ??
    "dist",
);

if (!existsSync(join(root, "index.html"))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const server = createSiteServer({ root, base });
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} is already in use. Try another: PORT=4481 npm run serve`
      : error.message,
  );
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Bounce Back is being served from ${root}`);
  console.log(`Open http://localhost:${port}${base} in your browser. Press Ctrl+C to stop.`);
});
