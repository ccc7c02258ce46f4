/**
 * Says how a template's Copy went (see Template.astro): on the button, and in
 * the status region that screen readers announce. `copied` resolves to true or false. The copy itself starts in
 * the click, in ThemeToggle.astro's page script, which loads this file then.
 * Plain JS, served as a file: article pages have a 2 KB JS budget.
 */
export async function report(button, copied) {
  const status = button.closest("figure").lastElementChild;
  status.textContent = "";
  const ok = await copied;
  // A failure stays visible; success shows on the button and is announced.
  status.classList.toggle("sr-only", ok);
  status.textContent = ok ? "Copied" : "Could not copy. Select the text and copy it yourself.";
  button.textContent = ok ? "Copied" : "Copy";
  setTimeout(() => {
    button.textContent = "Copy";
  }, 4000);
}
