/** Element ids the island moves focus to or links between. */
export const ids = {
  heading: "ws-entry-heading",
  firstField: "ws-role",
  entries: "ws-entries",
  undo: "ws-undo",
  notice: "ws-notice",
  data: "ws-data",
  field: (name: string) => `ws-${name}`,
  step: (id: string) => `ws-step-${id}`,
  newStep: "ws-new-step",
} as const;
