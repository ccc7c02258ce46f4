/** DOM ids of the self-check, shared so that links and focus moves always agree. */
export const ids = {
  question: (i: number) => `sc-q${i + 1}`,
  option: (i: number, j: number) => `sc-q${i + 1}-a${j + 1}`,
  hint: (i: number) => `sc-q${i + 1}-hint`,
  error: (i: number) => `sc-q${i + 1}-error`,
  questionsHeading: "sc-questions-heading",
  summaryTitle: "sc-error-summary-title",
  resultHeading: "sc-result-heading",
  retake: "sc-retake",
  reflect: "sc-reflect",
} as const;
