import { describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import {
  changePassphrase,
  isLocked,
  LOCKED_KEY,
  lock,
  markForRekey,
  PART_PREFIX,
  privateKeys,
  removeLock,
  sealedSize,
  unlock,
} from "./lock";
import { RecordStore } from "./record-store";
import { openVault } from "./vault";

const FAST = 100_000;
const PASS = "a long passphrase";

/** Resolves when the next encrypted copy is written (the vault writes a moment after a change). */
const nextWrite = (s: FakeStorage) =>
  new Promise<void>((resolve) => {
    s.onChange = (key) => {
      if (!key?.startsWith(PART_PREFIX)) return;
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

/** Every key but the sealed parts. */
const plainKeys = (s: FakeStorage) =>
  Object.keys(s.dump())
    .filter((k) => !k.startsWith(PART_PREFIX))
    .sort();
/** The sealed parts: their keys and ciphertext. */
const partsIn = (s: FakeStorage) =>
  Object.fromEntries(Object.entries(s.dump()).filter(([k]) => k.startsWith(PART_PREFIX)));

const readable = (s: FakeStorage) =>
  Object.entries(s.dump())
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join("\n");

async function opened(
  s: FakeStorage,
  visitKey: CryptoKey,
  onChanged?: (k: string, v: string | null) => void,
) {
  const vault = await openVault(s, visitKey, onChanged);
  if (!vault) throw new Error("the vault did not open");
  return vault;
}

async function locked() {
  const s = seeded();
  const result = await lock(s, PASS, { iterations: FAST });
  if (!result.ok) throw new Error(result.error);
  return { s, visitKey: result.key };
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
    expect(plainKeys(s)).toEqual([LOCKED_KEY, "bounce-back:theme"]);
  }, 20_000);

  it("unlocks a visit with the passphrase, changing nothing in storage; a wrong one is refused", async () => {
    const { s, visitKey } = await locked();
    const sealed = readable(s);
    const wrong = await unlock(s, "not the passphrase");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/does not unlock/);
    const right = await unlock(s, PASS);
    expect(right.ok).toBe(true);
    expect(readable(s)).toBe(sealed);
    if (right.ok) expect((await opened(s, right.key)).getItem("bounce-back:theme")).toBe("dark");
    expect(visitKey.extractable).toBe(true);
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
    expect((await lock(s, "short", { iterations: FAST })).ok).toBe(false);
    expect((await lock(s, "password", { iterations: FAST })).ok).toBe(false);
    expect((await lock(s, "        ", { iterations: FAST })).ok).toBe(false);
    s.quota = 10;
    expect((await lock(s, PASS, { iterations: FAST })).ok).toBe(false);
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
    // Each part written reaches the other tab as a storage event.
    const events: Promise<boolean>[] = [];
    let from: typeof a | null = null;
    s.onChange = (k, v) => {
      if (k?.startsWith(PART_PREFIX)) events.push((from === a ? b : a).absorb(v ?? "", k));
    };
    from = a;
    a.setItem("bounce-back:plan:r:1", "from tab A");
    await vi.waitFor(() => expect(events).toHaveLength(1));
    from = b;
    b.setItem("bounce-back:plan:r:2", "from tab B");
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(await Promise.all(events)).toEqual([true, true]);
    expect(b.getItem("bounce-back:plan:r:1")).toBe("from tab A");
    expect(heard).toContainEqual(["bounce-back:plan:r:1", "from tab A"]);
    expect(a.getItem("bounce-back:plan:r:2")).toBe("from tab B");
    from = a;
    a.removeItem("bounce-back:plan:r:2");
    await vi.waitFor(() => expect(events).toHaveLength(3));
    await Promise.all(events);
    expect(b.getItem("bounce-back:plan:r:2")).toBeNull();
    expect(heard).toContainEqual(["bounce-back:plan:r:2", null]);
    const fresh = await opened(s, visitKey);
    expect(fresh.getItem("bounce-back:plan:r:1")).toBe("from tab A");
    expect(fresh.getItem("bounce-back:plan:r:2")).toBeNull();
  }, 20_000);

  it("closes when everything is deleted: it forgets the words and writes nothing back", async () => {
    const { s, visitKey } = await locked();
    let closed = 0;
    const vault = await openVault(s, visitKey, undefined, () => closed++);
    if (!vault) throw new Error("no vault");
    for (const k of Object.keys(s.dump())) s.removeItem(k);
    vault.setItem("bounce-back:plan:r:1", "typed after deleting");
    await vi.waitFor(() => expect(closed).toBe(1));
    expect(vault.getItem("bounce-back:worksheet:r:a")).toBeNull();
    expect(s.getItem(LOCKED_KEY)).toBeNull();
  }, 20_000);

  it("does not open with another key, and says storage is full when the encrypted copy cannot be written", async () => {
    const { s, visitKey } = await locked();
    const other = await lock(seeded(), "another passphrase", { iterations: FAST });
    if (!other.ok) throw new Error(other.error);
    expect(await openVault(s, other.key)).toBeNull();

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

describe("locking while another tab writes, and re-keying", () => {
  it("a write during key derivation ends up inside the envelope, and no private key stays readable", async () => {
    const s = seeded();
    const result = await lock(s, PASS, {
      iterations: FAST,
      // Another tab logs a win while this one derives the key.
      derived: () => s.setItem("bounce-back:log-wins:r:w1", "Won during the lock"),
    });
    if (!result.ok) throw new Error(result.error);
    expect(readable(s)).not.toContain("Won during");
    expect(plainKeys(s)).toEqual([LOCKED_KEY, "bounce-back:theme"]);
    const vault = await opened(s, result.key);
    expect(vault.getItem("bounce-back:log-wins:r:w1")).toBe("Won during the lock");
  }, 20_000);

  it("a tab that had not seen the lock writes plain text: an unlocked tab seals it and removes it", async () => {
    const { s, visitKey } = await locked();
    const heard: [string, string | null][] = [];
    const vault = await opened(s, visitKey, (k, v) => heard.push([k, v]));
    const written = nextWrite(s);
    s.setItem("bounce-back:plan:r:late", "written by a tab that missed the lock");
    vault.sweep();
    await written;
    expect(s.getItem("bounce-back:plan:r:late")).toBeNull();
    expect(readable(s)).not.toContain("missed the lock");
    expect(heard).toContainEqual([
      "bounce-back:plan:r:late",
      "written by a tab that missed the lock",
    ]);
    expect((await opened(s, visitKey)).getItem("bounce-back:plan:r:late")).toContain("missed");
  }, 20_000);

  it("a keystroke re-encrypts one record: every other record keeps its ciphertext", async () => {
    const { s, visitKey } = await locked();
    const vault = await opened(s, visitKey);
    let written = nextWrite(s);
    for (let i = 0; i < 50; i++) vault.setItem(`bounce-back:log-wins:r:${i}`, `win ${i}`);
    await written;
    const before = partsIn(s);
    const header = s.getItem(LOCKED_KEY);
    let writes = 0;
    written = nextWrite(s);
    const counting = s.onChange;
    s.onChange = (k, v) => {
      writes++;
      counting?.(k, v);
    };
    vault.setItem("bounce-back:log-wins:r:7", "win 7, edited");
    await written;
    expect(writes).toBe(1);
    expect(s.getItem(LOCKED_KEY)).toBe(header);
    const after = partsIn(s);
    const changed = Object.keys(after).filter((slot) => after[slot] !== before[slot]);
    expect(changed).toHaveLength(1);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  }, 20_000);

  it("after Lock it now, the next unlock re-keys with a new salt: the old key opens nothing", async () => {
    const { s, visitKey } = await locked();
    const salt = JSON.parse(s.getItem(LOCKED_KEY) ?? "{}").kdf.salt;
    markForRekey(s);
    expect(await opened(s, visitKey)).toBeTruthy();
    const again = await unlock(s, PASS);
    if (!again.ok) throw new Error(again.error);
    const e = JSON.parse(s.getItem(LOCKED_KEY) ?? "{}");
    expect(e.kdf.salt).not.toBe(salt);
    expect(e.rekey).toBeUndefined();
    expect(await openVault(s, visitKey)).toBeNull();
    expect((await opened(s, again.key)).getItem("bounce-back:worksheet:r:a")).toContain("secret");
  }, 20_000);

  it("changes the passphrase: a new salt, the old passphrase refused, the words kept", async () => {
    const { s, visitKey } = await locked();
    expect((await changePassphrase(s, "not it at all", "a brand new phrase")).ok).toBe(false);
    expect((await changePassphrase(s, PASS, "password")).ok).toBe(false);
    const changed = await changePassphrase(s, PASS, "a brand new phrase");
    if (!changed.ok) throw new Error(changed.error);
    expect(await openVault(s, visitKey)).toBeNull();
    expect((await unlock(s, PASS)).ok).toBe(false);
    expect((await unlock(s, "a brand new phrase")).ok).toBe(true);
    expect((await opened(s, changed.key)).getItem("bounce-back:self-check:last")).toBe(
      "private result",
    );
  }, 30_000);

  it("refuses at once, with a clear message, an envelope edited to ask for 2,000,000,000 iterations", async () => {
    const { s } = await locked();
    const e = JSON.parse(s.getItem(LOCKED_KEY) ?? "{}");
    s.setItem(LOCKED_KEY, JSON.stringify({ ...e, kdf: { ...e.kdf, iterations: 2_000_000_000 } }));
    const started = performance.now();
    for (const result of [
      await unlock(s, PASS),
      await removeLock(s, PASS),
      await changePassphrase(s, PASS, "a brand new phrase"),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/far more work to open/);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  }, 20_000);

  it("a part moved to another slot, or a changed header, does not open", async () => {
    const { s, visitKey } = await locked();
    const vault = await opened(s, visitKey);
    const written = nextWrite(s);
    vault.setItem("bounce-back:plan:r:x", "second record");
    await written;
    const e = JSON.parse(s.getItem(LOCKED_KEY) ?? "{}");
    const parts = partsIn(s);
    const [a, b] = Object.keys(parts) as [string, string];
    expect(await openVault(new FakeStorage(), visitKey)).toBeNull();
    const t = new FakeStorage();
    t.setItem(LOCKED_KEY, JSON.stringify(e));
    t.setItem(a, parts[b] as string);
    t.setItem(b, parts[a] as string);
    expect(await openVault(t, visitKey)).toBeNull();
    t.setItem(a, parts[a] as string);
    t.setItem(b, parts[b] as string);
    expect(await openVault(t, visitKey)).not.toBeNull();
    t.setItem(
      LOCKED_KEY,
      JSON.stringify({
        ...e,
        kdf: { ...e.kdf, hash: "SHA-256", name: "PBKDF2", iterations: e.kdf.iterations + 1 },
      }),
    );
    expect(await openVault(t, visitKey)).toBeNull();
  }, 20_000);

  it("knows, before locking, how much room the encrypted copy takes (to within a few hundred characters)", async () => {
    const s = seeded();
    for (let i = 0; i < 200; i++)
      s.setItem(
        `bounce-back:worksheet:r:${i}`,
        JSON.stringify({ v: 1, r: { text: `“é” ${"w".repeat(i * 13)}` } }),
      );
    const estimate = sealedSize(privateKeys(s));
    const result = await lock(s, PASS, { iterations: FAST });
    if (!result.ok) throw new Error(result.error);
    const actual = Object.entries(s.dump())
      .filter(([k]) => k === LOCKED_KEY || k.startsWith(PART_PREFIX))
      .reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(actual).toBeLessThanOrEqual(estimate);
    expect(estimate - actual).toBeLessThan(400);
  }, 20_000);

  it("says before the long wait when the encrypted copy would not fit beside the words", async () => {
    const s = seeded();
    s.setItem("bounce-back:worksheet:r:big", "x".repeat(30_000));
    s.quota = 45_000;
    const started = performance.now();
    const result = await lock(s, PASS);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/too much of this browser's storage to lock/);
    expect(s.getItem("bounce-back:worksheet:r:big")).toHaveLength(30_000);
    expect(isLocked(s)).toBe(false);
  });

  it("opens a version-1 envelope made by an earlier build, and re-seals it as version 2", async () => {
    const { readFileSync } = await import("node:fs");
    const s = new FakeStorage();
    s.setItem(
      LOCKED_KEY,
      readFileSync(new URL("./fixtures/locked-v1.json", import.meta.url), "utf8").trim(),
    );
    const result = await unlock(s, "fixture passphrase one");
    if (!result.ok) throw new Error(result.error);
    expect(JSON.parse(s.getItem(LOCKED_KEY) ?? "{}").version).toBe(2);
    const vault = await opened(s, result.key);
    expect(vault.getItem("bounce-back:worksheet:r:1")).toBe("Locked words ✓ — version 1");
    expect(vault.getItem("bounce-back:log:r:a")).toBe("A win");
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

describe("locking a lot of writing", () => {
  it("locks writing that fills most of storage: sealed in batches, each removed once written", async () => {
    const s = new FakeStorage();
    for (let i = 0; i < 60; i++)
      s.setItem(`bounce-back:worksheet:r:${i}`, `entry ${i} ${"words ".repeat(800)}`);
    const plain = Object.values(s.dump()).join("").length;
    // Room for the encrypted copy, but not for it beside all the plain text at once.
    s.quota = Math.ceil(plain * 1.55);
    const result = await lock(s, PASS, { iterations: FAST });
    if (!result.ok) throw new Error(result.error);
    expect(plainKeys(s)).toEqual([LOCKED_KEY]);
    const vault = await opened(s, result.key);
    expect(vault.getItem("bounce-back:worksheet:r:59")).toMatch(/^entry 59 words/);
    expect(vault.length).toBe(60);
  }, 30_000);
});
