import { describe, expect, test } from "vitest";
import { articleFrontmatterSchema } from "./article-schema";

const good = {
  title: "It's often not about you",
  description:
    "A no after a strong interview often has nothing to do with your skills. See why, and plan your next move.",
  topic: "mindset",
  updated: "2026-11-25",
  takeaways: [
    "Many reasons for a no say nothing about your skills.",
    "The employer may have changed what they wanted.",
    "Plan one clear next move.",
  ],
  related: ["why-hiring-decisions-go-the-way-they-do", "learning-from-a-rejection"],
  nextStep: "was-it-you-or-them",
};

/** The paths of the fields the schema complains about. */
function problems(input: unknown): string[] {
  const result = articleFrontmatterSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("articleFrontmatterSchema", () => {
  test("accepts a good article and fills in defaults", () => {
    const data = articleFrontmatterSchema.parse(good);
    expect(data.updated).toEqual(new Date("2026-11-25"));
    expect(data.draft).toBe(false);

    const { nextStep: _n, related: _r, ...minimal } = good;
    const defaults = articleFrontmatterSchema.parse(minimal);
    expect(defaults.nextStep).toBe("worksheet");
    expect(defaults.related).toEqual([]);
  });

  test("rejects a description over 160 characters", () => {
    expect(problems({ ...good, description: "x".repeat(161) })).toEqual(["description"]);
    expect(problems({ ...good, description: "x".repeat(160) })).toEqual([]);
  });

  test("rejects an unknown topic", () => {
    expect(problems({ ...good, topic: "feelings" })).toEqual(["topic"]);
  });

  test("rejects fewer than 3 or more than 5 takeaways", () => {
    expect(problems({ ...good, takeaways: good.takeaways.slice(0, 2) })).toEqual(["takeaways"]);
    const six = [...good.takeaways, ...good.takeaways];
    expect(problems({ ...good, takeaways: six })).toEqual(["takeaways"]);
  });

  test("rejects a date that is not a date", () => {
    expect(problems({ ...good, updated: "next Tuesday" })).toEqual(["updated"]);
  });

  test("rejects an unknown next step and a related slug that is not a slug", () => {
    expect(problems({ ...good, nextStep: "call-a-friend" })).toEqual(["nextStep"]);
    expect(problems({ ...good, related: ["Not A Slug"] })).toEqual(["related.0"]);
  });

  test("gives a plain message for a long description", () => {
    const result = articleFrontmatterSchema.safeParse({ ...good, description: "x".repeat(200) });
    expect(result.error?.issues[0]?.message).toMatch(/160 characters or fewer/);
  });
});
