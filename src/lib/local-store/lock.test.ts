import { describe, expect, it } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { isLocked, LOCKED_KEY, lock, unlock } from "./lock";

const FAST = 100_000;

function seeded() {
  const s = new FakeStorage();
  s.setItem("bounce-back:worksheet:r:a", JSON.stringify({ v: 1, r: { wentWell: "My secret 😊" } }));
  s.setItem("bounce-back:self-check:last", "private result");
  s.setItem("bounce-back:theme", "dark");
  return s;
}

const readable = (s: FakeStorage) => {
  const all: string[] = [];
  for (let i = 0; i < s.length; i++) all.push(`${s.key(i)}=${s.getItem(s.key(i) ?? "")}`);
  return all.join("\n");
};

describe("the lock", () => {
  it("locks: no readable text is left in storage, only the theme", async () => {
    const s = seeded();
    expect(await lock(s, "a long passphrase", FAST)).toEqual({ ok: true });
    expect(isLocked(s)).toBe(true);
    const text = readable(s);
    expect(text).not.toContain("secret");
    expect(text).not.toContain("private result");
    expect(s.getItem("bounce-back:worksheet:r:a")).toBeNull();
    expect(s.getItem("bounce-back:theme")).toBe("dark");
  }, 20_000);

  it("unlocks with the passphrase; a wrong one changes nothing", async () => {
    const s = seeded();
    const before = readable(s);
    await lock(s, "a long passphrase", FAST);
    const sealed = s.getItem(LOCKED_KEY);
    const wrong = await unlock(s, "not the passphrase");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/does not unlock/);
    expect(s.getItem(LOCKED_KEY)).toBe(sealed);
    expect(s.getItem("bounce-back:worksheet:r:a")).toBeNull();

    expect(await unlock(s, "a long passphrase")).toEqual({ ok: true });
    expect(isLocked(s)).toBe(false);
    expect(readable(s).split("\n").sort()).toEqual(before.split("\n").sort());
  }, 20_000);

  it("refuses a short passphrase, and removes nothing when the locked copy cannot be written", async () => {
    const s = seeded();
    expect((await lock(s, "short", FAST)).ok).toBe(false);
    s.quota = 10;
    expect((await lock(s, "a long passphrase", FAST)).ok).toBe(false);
    expect(s.getItem("bounce-back:worksheet:r:a")).toContain("secret");
    expect(isLocked(s)).toBe(false);
  }, 20_000);
});
