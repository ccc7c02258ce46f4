/**
 * Where an article's closing "next step" panel can point. The self-check slugs
 * must match files in content/self-checks/; a test checks every target builds.
 */
import { url } from "./paths/base";

export const NEXT_STEP_TARGETS = {
  worksheet: {
    href: url("/worksheet/"),
    title: "Reflect on your interview",
    text: "Use the private worksheet to note what went well, what to work on and who to ask. It stays on your device.",
  },
  "how-are-you-taking-it": {
    href: url("/self-check/how-are-you-taking-it/"),
    title: "Check in: how are you taking it?",
    text: "A short, private check-in on how you are feeling, with advice that fits where you are.",
  },
  "was-it-you-or-them": {
    href: url("/self-check/was-it-you-or-them/"),
    title: "Check in: was it you, or them?",
    text: "Sort what was in your hands from what was not, and see which advice fits.",
  },
  "interview-debrief": {
    href: url("/self-check/interview-debrief/"),
    title: "Check in: where can you grow?",
    text: "A quick debrief of your interview that points to what to practise next.",
  },
  "ready-for-the-next-one": {
    href: url("/self-check/ready-for-the-next-one/"),
    title: "Check in: ready for the next one?",
    text: "See how ready you feel for the next interview and what would help most.",
  },
  "where-is-your-search-stuck": {
    href: url("/self-check/where-is-your-search-stuck/"),
    title: "Check in: where is your search getting stuck?",
    text: "After several rejections, find the stage where your applications stop and what to change there.",
  },
} as const;

export type NextStepId = keyof typeof NEXT_STEP_TARGETS;
export const NEXT_STEP_IDS = Object.keys(NEXT_STEP_TARGETS) as [NextStepId, ...NextStepId[]];
