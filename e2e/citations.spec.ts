/**
 * Citation markers and the help page (issue 22): each <Cite> is a real link
 * named after its source that lands on the numbered entry, each entry links
 * back to every place that cites it, ids are unique, and both pages pass axe
 * in light and dark. Also: /help/ shows the text lines with exact costs.
 */
import { expect, expectNoAxeViolationsLightAndDark, test } from "./fixtures";

const RIGHTS = "/articles/your-rights-after-a-job-rejection/";

test("a citation marker is a named link to its numbered source, and the source links back", async ({
  strictPage: page,
}) => {
  await page.goto(RIGHTS);
  const markers = page.locator("article .prose sup.cite a");
  expect(await markers.count()).toBeGreaterThan(10);

  // The first marker cites the Acas page on taking things further (the third source).
  const first = markers.first();
  await expect(first).toHaveAccessibleName(/^Source \d+: Acas, /);
  const name = (await first.getAttribute("aria-label")) ?? "";
  const position = Number(name.match(/^Source (\d+)/)?.[1]);
  await expect(first).toHaveText(`[${position}]`);

  await first.click();
  await expect(page.locator(":target")).toHaveCount(1);
  const sourceId = (await page.locator(":target").getAttribute("id")) ?? "";
  expect(sourceId).toMatch(/^source-/);
  const entries = page.locator("section[data-sources] ol > li");
  await expect(entries.nth(position - 1)).toHaveAttribute("id", sourceId);

  // A back-link from that entry returns to a marker that points at it.
  const back = page.locator(`#${sourceId} a.back-link`);
  expect(await back.count()).toBeGreaterThan(0);
  await back.first().click();
  await expect(page.locator(":target")).toHaveAttribute("href", `#${sourceId}`);
});

test("ids on the rights article are unique, and every marker and back-link resolves", async ({
  strictPage: page,
}) => {
  await page.goto(RIGHTS);
  const problems = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    const broken = [...document.querySelectorAll<HTMLAnchorElement>("sup.cite a, a.back-link")]
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => !document.getElementById(href.slice(1)));
    return { dupes, broken };
  });
  expect(problems).toEqual({ dupes: [], broken: [] });
});

// The help page is checked with one page of each type (e2e/site.spec.ts).
test("the rights article, with its citations, passes axe in light and dark", async ({
  strictPage: page,
}) => {
  test.setTimeout(120_000);
  await page.goto(RIGHTS);
  await expectNoAxeViolationsLightAndDark(page, RIGHTS);
});

test("the help page lists text lines and says exactly what a call costs", async ({
  strictPage: page,
}) => {
  await page.goto("/help/");
  for (const name of [
    "Text Shout: SHOUT to 85258",
    "Text 50808, free text support",
    "Text the 988 Lifeline on 988",
    "Text the Suicide Crisis Helpline on 9-8-8",
    "Text Lifeline on 0477 13 11 14",
    "Call Lifeline on 0808 808 8000",
  ])
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByText("from a landline it costs the price of a local call")).toBeVisible();
  await expect(page.getByText(/In Northern Ireland, call Lifeline/)).toBeVisible();
});
