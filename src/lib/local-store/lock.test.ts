import { describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { keyFromText } from "./crypto";
import { isLocked, LOCKED_KEY, lock, removeLock, unlock } from "./lock";
import { RecordStore } from "./record-store";
import { openVault } from "./vault";

const FAST = 100_000;
const PASS = "a long passphrase";

/** Resolves when the next encrypted copy is written (the vault writes a moment after a change). */
const nextWrite = (s: FakeStorage) =>
  new Promise<void>((resolve) => {
    s.onChange = (key) => {
      if (key !== LOCKED_KEY) return;
      s.onChange = null;
      resolve();
    };
  });

function seeded() {
  const s = new FakeStorage();
  s.setItem("bounce-back:worksheet:r:a", JSON.stringify({ v: 1, r: { wentWell: "My secret 😊" } }));
  s.setItem("bounce-back:self-check:last", "private result");
  s.setItem("bounce-back:theme", "dark");
  return s;
}

const readable = (s: FakeStorage) =>
  Object.entries(s.dump())
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join("\n");

async function opened(
  s: FakeStorage,
  visitKey: string,
  onChanged?: (k: string, v: string | null) => void,
) {
  const vault = await openVault(s, await keyFromText(visitKey), onChanged);
  if (!vault) throw new Error("the vault did not open");
  return vault;
}

async function locked() {
  const s = seeded();
  const result = await lock(s, PASS, FAST);
  if (!result.ok) throw new Error(result.error);
  return { s, visitKey: result.visitKey };
}

describe("the lock", () => {
  it("locks: no readable text is left in storage, only the theme", async () => {
    const { s } = await locked();
    expect(isLocked(s)).toBe(true);
    const text = readable(s);
    expect(text).not.toContain("secret");
    expect(text).not.toContain("private result");
    expect(s.getItem("bounce-back:worksheet:r:a")).toBeNull();
    expect(s.getItem("bounce-back:theme")).toBe("dark");
    expect(Object.keys(s.dump()).sort()).toEqual([LOCKED_KEY, "bounce-back:theme"]);
  }, 20_000);

  it("unlocks a visit with the passphrase, changing nothing in storage; a wrong one is refused", async () => {
    const { s, visitKey } = await locked();
    const sealed = readable(s);
    const wrong = await unlock(s, "not the passphrase");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/does not unlock/);
    const right = await unlock(s, PASS);
    expect(right).toEqual({ ok: true, visitKey });
    expect(readable(s)).toBe(sealed);
  }, 20_000);

  it("removes the lock with the passphrase: everything is back as it was", async () => {
    const before = readable(seeded());
    const { s } = await locked();
    expect((await removeLock(s, "not the passphrase")).ok).toBe(false);
    expect(isLocked(s)).toBe(true);
    expect(await removeLock(s, PASS)).toEqual({ ok: true });
    expect(isLocked(s)).toBe(false);
    expect(readable(s)).toBe(before);
  }, 20_000);

  it("refuses a short passphrase, and removes nothing when the locked copy cannot be written", async () => {
    const s = seeded();
    expect((await lock(s, "short", FAST)).ok).toBe(false);
    s.quota = 10;
    expect((await lock(s, PASS, FAST)).ok).toBe(false);
    expect(s.getItem("bounce-back:worksheet:r:a")).toContain("secret");
    expect(isLocked(s)).toBe(false);
  }, 20_000);

  it("says plainly when the locked copy was changed outside the site", async () => {
    const { s } = await locked();
    s.setItem(LOCKED_KEY, "{ not an envelope");
    const result = await unlock(s, PASS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/could not be read/);
  }, 20_000);
});

describe("the vault (an unlocked visit)", () => {
  it("reads the words, and writes changes back encrypted: never as readable text", async () => {
    const { s, visitKey } = await locked();
    const vault = await opened(s, visitKey);
    expect(vault.getItem("bounce-back:worksheet:r:a")).toContain("My secret 😊");
    expect(vault.getItem("bounce-back:theme")).toBe("dark");
    const written = nextWrite(s);
    vault.setItem("bounce-back:plan:r:b", "Call Sam about the role");
    vault.removeItem("bounce-back:self-check:last");
    vault.setItem("bounce-back:theme", "light");
    await written;
    const text = readable(s);
    expect(text).not.toContain("Call Sam");
    expect(text).not.toContain("secret");
    expect(s.getItem("bounce-back:theme")).toBe("light");

    const again = await opened(s, visitKey);
    expect(again.getItem("bounce-back:plan:r:b")).toBe("Call Sam about the role");
    expect(again.getItem("bounce-back:self-check:last")).toBeNull();
  }, 20_000);

  it("is a storage a RecordStore can use: load, write, reload", async () => {
    const { s, visitKey } = await locked();
    const def = {
      name: "notes",
      version: 1,
      read: (v: unknown) => v as { id: string; updatedAt: number; text: string },
      merge: (mine: { id: string; updatedAt: number; text: string }) => ({ record: mine }),
    };
    const vault = await opened(s, visitKey);
    const store = new RecordStore(def, () => vault);
    const written = nextWrite(s);
    expect(store.write([{ id: "n1", updatedAt: 5, text: "<b>hostile</b>" }]).ok).toBe(true);
    await written;
    const later = new RecordStore(def, () => vault);
    expect(later.load().records.map((r) => r.text)).toEqual(["<b>hostile</b>"]);
    expect(readable(s)).not.toContain("hostile");
  }, 20_000);

  it("two tabs: each keeps the other's changes, and hears of them as storage events", async () => {
    const { s, visitKey } = await locked();
    const heard: [string, string | null][] = [];
    const a = await opened(s, visitKey);
    const b = await opened(s, visitKey, (k, v) => heard.push([k, v]));
    let written = nextWrite(s);
    a.setItem("bounce-back:plan:r:1", "from tab A");
    await written;
    written = nextWrite(s);
    b.setItem("bounce-back:plan:r:2", "from tab B");
    await written;
    expect(b.getItem("bounce-back:plan:r:1")).toBe("from tab A");
    expect(heard).toContainEqual(["bounce-back:plan:r:1", "from tab A"]);
    // Tab A learns of B's change from the storage event for the locked key.
    expect(await a.absorb(s.getItem(LOCKED_KEY) ?? "")).toBe(true);
    expect(a.getItem("bounce-back:plan:r:2")).toBe("from tab B");
    const fresh = await opened(s, visitKey);
    expect(fresh.getItem("bounce-back:plan:r:1")).toBe("from tab A");
    expect(fresh.getItem("bounce-back:plan:r:2")).toBe("from tab B");
  }, 20_000);

  it("closes when everything is deleted: it forgets the words and writes nothing back", async () => {
    const { s, visitKey } = await locked();
    let closed = 0;
    const vault = await openVault(s, await keyFromText(visitKey), undefined, () => closed++);
    if (!vault) throw new Error("no vault");
    for (const k of Object.keys(s.dump())) s.removeItem(k);
    vault.setItem("bounce-back:plan:r:1", "typed after deleting");
    await vi.waitFor(() => expect(closed).toBe(1));
    expect(vault.getItem("bounce-back:worksheet:r:a")).toBeNull();
    expect(s.getItem(LOCKED_KEY)).toBeNull();
  }, 20_000);

  it("does not open with another key, and says storage is full when the encrypted copy cannot be written", async () => {
    const { s, visitKey } = await locked();
    const other = await lock(seeded(), "another passphrase", FAST);
    if (!other.ok) throw new Error(other.error);
    expect(await openVault(s, await keyFromText(other.visitKey))).toBeNull();

    const vault = await opened(s, visitKey);
    s.quota = readable(s).length + 10;
    vault.setItem("bounce-back:plan:r:1", "x".repeat(5_000));
    await vi.waitFor(() =>
      expect(() => vault.setItem("bounce-back:plan:r:2", "more")).toThrow(
        expect.objectContaining({ name: "QuotaExceededError" }),
      ),
    );
    expect(readable(s)).not.toContain("more");
  }, 20_000);
});

describe("browserStorage() while the lock is set", () => {
  it("refuses plain storage until this visit is unlocked, then gives the vault", async () => {
    const { browserStorage } = await import("./storage");
    const { s, visitKey } = await locked();
    vi.stubGlobal("localStorage", s);
    try {
      expect(() => browserStorage()).toThrow(expect.objectContaining({ name: "SecurityError" }));
      const vault = await opened(s, visitKey);
      vi.stubGlobal("bbStore", vault);
      expect(browserStorage()).toBe(vault);
    } finally {
      vi.unstubAllGlobals();
    }
  }, 20_000);
});
