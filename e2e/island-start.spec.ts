import type { Page } from "@playwright/test";
import { expect, test, watchErrors } from "./fixtures";

/**
 * An island that cannot start says so (src/islands/mount.ts): bad props or a
 * view that throws while it first draws leave a plain message, the page's
 * no-JavaScript links and the way to urgent help, never an endless
 * "Opening…"; the error goes to the console. The failures are forced by
 * rewriting the page's props on the way in.
 */

/** Serves `path` with its HTML changed by `edit`, and collects console errors. */
async function openChanged(page: Page, path: string, edit: (html: string) => string) {
  const errors = watchErrors(page);
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
  await page.goto(path);
  return errors;
}

async function expectStartFailed(page: Page, rootId: string, errors: string[]) {
  const root = page.locator(`#${rootId}`);
  await expect(root).toHaveAttribute("data-start-failed", "");
  const alert = root.getByRole("alert");
  await expect(
    alert.getByRole("heading", { name: "This part of the page did not start" }),
  ).toBeVisible();
  await expect(alert.getByRole("link", { name: "get urgent help now" })).toHaveAttribute(
    "href",
    /\/help\/$/,
  );
  await expect(page.getByText(/^Opening your/)).toHaveCount(0);
  expect(errors.some((e) => e.includes(`"${rootId}" part of this page could not start`))).toBe(
    true,
  );
  return alert;
}

test("bad props: the worksheet says it did not start and offers its no-JavaScript links", async ({
  page,
}) => {
  const errors = await openChanged(page, "/worksheet/", (html) =>
    html.replace(
      '<div id="worksheet"',
      '<script type="application/json" id="worksheet-props">{not json</script><div id="worksheet"',
    ),
  );
  const alert = await expectStartFailed(page, "worksheet", errors);
  // The links from the page's <noscript> note, not its "needs JavaScript" wording.
  await expect(alert.getByRole("link", { name: "read all the articles" })).toHaveAttribute(
    "href",
    /\/articles\/$/,
  );
  await expect(alert).not.toContainText("needs JavaScript");
});

test("a view that throws while drawing: the exercise says so; the site around it still works", async ({
  page,
}) => {
  const errors = await openChanged(page, "/exercises/kind-letter/", (html) =>
    html.replace(
      /(<script type="application\/json" id="kind-letter-props">)[^<]*(<\/script>)/,
      '$1{"about":"/about/","steps":7}$2',
    ),
  );
  const alert = await expectStartFailed(page, "kind-letter", errors);
  await expect(alert.getByRole("link", { name: "read all the articles" })).toBeVisible();
  // Other scripts on the page were not stopped by it: the search dialog still opens.
  await page.keyboard.press("/");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
});
