/**
 * The storage pages use while the lock is set and this visit is unlocked
 * (lock.ts). It looks like localStorage to every store, but the private keys
 * live in memory and are written back, encrypted, into LOCKED_KEY a moment
 * after each change (one write for a burst of changes). Keys that stay
 * readable (the theme, the cleared-at time) pass straight through; LOCKED_KEY
 * itself is hidden, so to the stores nothing is locked.
 *
 * Two tabs: each writes the whole envelope, so before writing it reads the
 * stored one and takes every key it has not changed itself from there; when
 * another tab writes, `absorb` takes the new values and reports each changed
 * key (`onChanged`), which the page turns into storage events, so the stores
 * merge them as usual.
 *
 * If LOCKED_KEY disappears ("Delete all my data", or the lock was removed in
 * another tab) the vault closes: it forgets what it held and passes every key
 * through from then on. If an encrypted write fails (storage is full), the
 * next change throws QuotaExceededError, so the store says it is not saving.
 *
 * It is a closure rather than a class so that lock.js, which every page
 * counts in its JavaScript budget, minifies small.
 */
import { sealWith } from "./crypto";
import { LOCKED_KEY, lockedEnvelope, openSealed, staysReadable } from "./lock";
import type { StorageLike } from "./storage";

type Changed = (key: string, newValue: string | null) => void;

export interface Vault extends StorageLike {
  readonly closed: boolean;
  /** Takes another tab's envelope; false (and the vault closes) if this key does not open it. */
  absorb(text: string): Promise<boolean>;
  /** Forgets the words; every key passes through from now on. */
  close(): void;
}

/** Opens the locked words with the key for this visit; null if it does not open them. */
export async function openVault(
  raw: StorageLike,
  key: CryptoKey,
  onChanged: Changed = () => {},
  onClose: () => void = () => {},
): Promise<Vault | null> {
  let seen = raw.getItem(LOCKED_KEY);
  const envelope = lockedEnvelope(raw, seen);
  const opened = envelope && (await openSealed(key, envelope));
  if (!envelope || !opened) return null;
  const { kdf } = envelope;
  const data = new Map(Object.entries(opened));
  /** Keys changed here and not yet written, and those being written now. */
  let dirty = new Set<string>();
  let writing = new Set<string>();
  let saving = false;
  let failed = false;
  let closed = false;

  const passes = (k: string) => closed || staysReadable(k);
  const mine = (k: string) => dirty.has(k) || writing.has(k);

  function keys(): string[] {
    if (!closed && raw.getItem(LOCKED_KEY) === null) close();
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const k = raw.key(i);
      if (k !== null && (closed || (staysReadable(k) && k !== LOCKED_KEY))) out.push(k);
    }
    return closed ? out : [...out, ...data.keys()];
  }

  function close() {
    if (closed) return;
    closed = true;
    data.clear();
    dirty.clear();
    writing = new Set();
    onClose();
  }

  async function absorb(text: string): Promise<boolean> {
    if (closed) return false;
    if (text === seen) return true;
    const e = lockedEnvelope(raw, text);
    const theirs = e && (await openSealed(key, e));
    if (!theirs) {
      close();
      return false;
    }
    for (const [k, v] of Object.entries(theirs))
      if (!mine(k) && data.get(k) !== v) {
        data.set(k, v);
        onChanged(k, v);
      }
    for (const k of [...data.keys()])
      if (!mine(k) && !Object.hasOwn(theirs, k)) {
        data.delete(k);
        onChanged(k, null);
      }
    seen = text;
    return true;
  }

  async function save() {
    writing = dirty;
    dirty = new Set();
    try {
      for (;;) {
        const stored = raw.getItem(LOCKED_KEY);
        if (stored === null) return close();
        if (stored !== seen && !(await absorb(stored))) return;
        const text = await sealWith(key, kdf, JSON.stringify(Object.fromEntries(data)));
        // Another tab wrote while this one was encrypting: take its words too, then try again.
        if (raw.getItem(LOCKED_KEY) !== stored) continue;
        raw.setItem(LOCKED_KEY, text);
        seen = text;
        writing = new Set();
        return;
      }
    } catch {
      // Not written: these changes wait, and the next one says storage is full.
      failed = true;
      for (const k of writing) dirty.add(k);
      writing = new Set();
    }
  }

  function schedule() {
    if (saving) return;
    saving = true;
    Promise.resolve()
      .then(save)
      .finally(() => {
        saving = false;
        if (dirty.size > 0 && !closed && !failed) schedule();
      });
  }

  function change(k: string, value: string | null) {
    if (failed) throw new DOMException("full", "QuotaExceededError");
    if (value === null) data.delete(k);
    else data.set(k, value);
    dirty.add(k);
    schedule();
  }

  return {
    get closed() {
      return closed;
    },
    get length() {
      return keys().length;
    },
    key: (i) => keys()[i] ?? null,
    getItem: (k) =>
      k === LOCKED_KEY && !closed ? null : passes(k) ? raw.getItem(k) : (data.get(k) ?? null),
    setItem: (k, v) => (passes(k) ? raw.setItem(k, v) : change(k, v)),
    removeItem: (k) => (passes(k) ? raw.removeItem(k) : change(k, null)),
    absorb,
    close,
  };
}
