/**
 * The one escape for what people wrote, in every Markdown file the site makes
 * (worksheet, exercises, plans, log, the document of everything). Its own
 * module, so a feature's export does not load another feature's model.
 */
/**
 * Escapes user text for Markdown (CommonMark and GitHub's): a backslash before
 * every character that starts markup anywhere (`<` `>` `&` for HTML, `[` `]`
 * `!` for links and images, emphasis and code marks), and before what starts
 * a heading, quote or list at the start of a line. Nothing else changes, so
 * the file stays easy to read as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>!&~|]/g, "\\$&")
    .replace(/^(\s*)([#>+=-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}
