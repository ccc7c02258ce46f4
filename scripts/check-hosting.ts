/**
 * The deploy-level check for hosts: builds the site the way other people's
 * pipelines do, and checks that a host's settings reach the pages with no
 * change to the code.
 *
 * 1. `npm run build -- ../<folder>` (a folder outside the project, given as an
 *    argument) under a base path, with every setting changed by environment
 *    variables: the name, the publisher, the contact and one local service must
 *    show on /help/ (above the national lines), in the footer and on
 *    /about/our-advice/; the placeholder address must appear nowhere; the
 *    handout's QR code must decode to the new SITE_URL and base path.
 * 2. `OUT_DIR=<project path>-… npm run build`: a folder outside the project
 *    whose path starts with the project's, the case that once failed with
 *    "Cannot find package '@oslojs/encoding'" (scripts/out-dir.ts).
 * 3. The deploy workflows' guard: REQUIRE_REAL_CONTACT=1 with the placeholder
 *    contact, and a local service with no purpose, each stop the build with a
 *    plain message.
 *
 * Usage: node scripts/check-hosting.ts   (.ci/run runs it after npm test)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import jsQR from "jsqr";
import { rasteriseQr } from "../tests/support/qr-image.ts";

const ROOT = resolve(".");
const results: { name: string; problems: string[] }[] = [];
const folders: string[] = [];

function build(
  args: string[],
  env: Record<string, string>,
): { status: number | null; output: string } {
  const run = spawnSync("npm", ["run", "build", ...(args.length ? ["--", ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function check(name: string, run: (problems: string[]) => void) {
  const problems: string[] = [];
  try {
    run(problems);
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  results.push({ name, problems });
  console.log(
    `${problems.length ? "✘" : "✓"} ${name}${problems.map((p) => `\n    ${p}`).join("")}`,
  );
}

const page = (out: string, path: string) => readFileSync(join(out, path, "index.html"), "utf8");
/** The text of an HTML fragment, tags dropped and spaces collapsed, for plain comparisons. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const footerOf = (html: string) => html.slice(html.indexOf("<footer"));
const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));

/** Decodes the handout's QR code from the page: draws its path's squares into an image for jsqr. */
function decodeHandoutQr(html: string): string | undefined {
  const svg =
    html.match(/<svg[^>]*data-qr[^>]*viewBox="0 0 (\d+) \d+"[^>]*>[\s\S]*?<\/svg>/) ??
    html.match(/<svg[^>]*viewBox="0 0 (\d+) \d+"[^>]*data-qr[^>]*>[\s\S]*?<\/svg>/);
  if (!svg) return undefined;
  const side = Number(svg[1]);
  const d = svg[0].match(/<path d="([^"]+)"/)?.[1] ?? "";
  const { data, width } = rasteriseQr(d, side, 4);
  return jsQR(data, width, width)?.data;
}

// 1. A college's copy: every setting changed, built into ../<folder> under a base path.
const college = {
  SITE_NAME: "Northfield Bounce Back",
  SITE_SHORT_NAME: "Bounce Back",
  SITE_PUBLISHER: "Northfield College Careers Service",
  SITE_PUBLISHER_URL: "https://www.northfield.example.ac.uk/careers/",
  SITE_CONTACT: "careers-web@northfield.ac.uk",
  SITE_URL: "https://careers.northfield.ac.uk",
  BASE_PATH: "/college/bounce-back/",
  SITE_LOCAL_SERVICES: JSON.stringify([
    {
      name: "Northfield Student Wellbeing",
      purpose: "Free, confidential counselling for Northfield students.",
      phone: "01632 960123",
      hours: "Monday to Friday, 9am to 5pm, in term time",
    },
  ]),
  REQUIRE_REAL_CONTACT: "1",
};
const elsewhereName = `hosting-check-elsewhere-${process.pid}`;
const elsewhere = resolve(ROOT, "..", elsewhereName);
folders.push(elsewhere);
check(
  `npm run build -- ../${elsewhereName}, with a college's settings and BASE_PATH`,
  (problems) => {
    const run = build([`../${elsewhereName}`], college);
    if (run.status !== 0) {
      problems.push(`the build failed (exit ${run.status}):\n${run.output.slice(-2000)}`);
      return;
    }
    const help = page(elsewhere, "help");
    const helpMain = text(mainOf(help));
    const service = "Northfield Student Wellbeing";
    if (!helpMain.includes(service)) problems.push("/help/ does not name the local service");
    if (!help.includes('href="tel:01632960123"')) problems.push("/help/ has no tel: link for it");
    if (!helpMain.includes("Monday to Friday, 9am to 5pm, in term time"))
      problems.push("/help/ does not give its hours");
    if (!(help.indexOf(service) < help.indexOf('id="crisis-lines"')))
      problems.push("/help/ does not show the local service above the national lines");

    for (const path of ["", "articles", "help", "for-advisers"]) {
      const footer = text(footerOf(page(elsewhere, path)));
      if (!footer.includes(service))
        problems.push(`the footer of /${path} does not name the local service`);
      if (!footer.includes("Published by Northfield College Careers Service"))
        problems.push(`the footer of /${path} does not name the publisher`);
    }

    const advice = page(elsewhere, "about/our-advice");
    const adviceMain = text(mainOf(advice));
    if (!adviceMain.includes("Northfield College Careers Service"))
      problems.push("/about/our-advice/ does not name the publisher");
    if (!advice.includes('href="mailto:careers-web@northfield.ac.uk"'))
      problems.push("/about/our-advice/ does not give the contact");

    const home = page(elsewhere, "");
    if (!home.includes("<title>Northfield Bounce Back</title>"))
      problems.push("the home page's title is not the site's name");
    const manifest = JSON.parse(readFileSync(join(elsewhere, "manifest.webmanifest"), "utf8"));
    if (manifest.name !== "Northfield Bounce Back" || manifest.short_name !== "Bounce Back")
      problems.push(`the manifest's names are ${manifest.name} / ${manifest.short_name}`);
    if (manifest.start_url !== "/college/bounce-back/")
      problems.push(`the manifest's start_url is ${manifest.start_url}`);

    const handout = text(page(elsewhere, "for-advisers"));
    for (const address of [
      "careers.northfield.ac.uk/college/bounce-back/help/",
      "careers.northfield.ac.uk/college/bounce-back/articles/what-to-do-in-the-first-48-hours/",
    ])
      if (!handout.includes(address)) problems.push(`the handout does not give ${address}`);
    const qr = decodeHandoutQr(page(elsewhere, "for-advisers"));
    if (qr !== "https://careers.northfield.ac.uk/college/bounce-back/")
      problems.push(`the handout's QR code decodes to ${qr}`);

    const leaks = [
      "index.html",
      "help/index.html",
      "about/our-advice/index.html",
      "for-advisers/index.html",
    ].filter((file) => readFileSync(join(elsewhere, file), "utf8").includes("bounceback.example"));
    if (leaks.length) problems.push(`the placeholder address is still in ${leaks.join(", ")}`);
    if (existsSync(join(elsewhere, ".prerender")))
      problems.push("Astro's .prerender folder was left behind");
  },
);

// 2. OUT_DIR: a folder outside the project whose path starts with the project's.
const sibling = `${ROOT}-hosting-check-${process.pid}`;
folders.push(sibling);
check(
  `OUT_DIR=../${basename(sibling)} npm run build (a sibling named like the project)`,
  (problems) => {
    const run = build([], { OUT_DIR: sibling, BASE_PATH: "/bounce-back/" });
    if (run.status !== 0) {
      const oslo = run.output.match(/Cannot find package[^\n]*/)?.[0];
      problems.push(`the build failed (exit ${run.status}): ${oslo ?? run.output.slice(-1500)}`);
      return;
    }
    if (!page(sibling, "").includes('href="/bounce-back/help/"'))
      problems.push("the home page has no help link under /bounce-back/");
    if (existsSync(join(sibling, ".prerender")))
      problems.push("Astro's .prerender folder was left behind");
    if (existsSync(join(ROOT, "node_modules", ".cache", "bounce-back-build")))
      problems.push("the staging folder inside the project was left behind");
  },
);

// 3. The guards: each stops the build, with a message a host can act on.
const refused = join(dirname(ROOT), `hosting-check-refused-${process.pid}`);
folders.push(refused);
check("a deploy build (REQUIRE_REAL_CONTACT=1) refuses the placeholder contact", (problems) => {
  const run = build([refused], { REQUIRE_REAL_CONTACT: "1", SITE_CONTACT: "" });
  if (run.status === 0) problems.push("the build went ahead");
  if (!run.output.includes("still the placeholder") || !run.output.includes("Set SITE_CONTACT"))
    problems.push(`no plain message:\n${run.output.slice(-1500)}`);
  if (existsSync(join(refused, "index.html"))) problems.push("pages were built all the same");
});
check("a local service without a purpose stops the build with a plain message", (problems) => {
  const run = build([refused], {
    SITE_CONTACT: "careers@northfield.ac.uk",
    SITE_LOCAL_SERVICES: '[{"name":"Careers team","url":"https://northfield.ac.uk/careers"}]',
  });
  if (run.status === 0) problems.push("the build went ahead");
  if (!run.output.includes('local service 1 (Careers team) needs a "purpose"'))
    problems.push(`no plain message:\n${run.output.slice(-1500)}`);
});

for (const folder of folders) rmSync(folder, { recursive: true, force: true });

const failed = results.filter((r) => r.problems.length).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (failed) process.exit(1);
