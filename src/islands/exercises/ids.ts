/** The element ids an exercise page's parts use to move focus to each other. */
export const ids = {
  heading: "ex-heading",
  undo: "ex-undo",
  first: "ex-first",
  data: "ex-data",
  file: "ex-file",
};
