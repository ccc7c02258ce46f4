/**
 * The storage pages use while the lock is set and this tab is unlocked
 * (lock.ts). It looks like localStorage to every store, but the private keys
 * live in memory and are written back, encrypted, a moment after each change
 * (one write for a burst of changes). Each record is sealed under a key of
 * its own (lock.ts's parts), so a keystroke encrypts and writes only the
 * record that changed, however much is stored. Keys that stay readable (the
 * theme, the cleared-at time) pass straight through; the lock's own keys are
 * hidden, so to the stores nothing is locked.
 *
 * Two tabs: they write different parts, or the same part last-writer-wins,
 * just as with plain localStorage; when another tab writes a part, `absorb`
 * decrypts it and reports the changed key (`onChanged`), which the page turns
 * into a storage event, so the stores merge it as usual.
 *
 * A private key found in plain storage while the lock is set (written by a
 * tab that had not yet seen the lock) is taken into the envelope and removed
 * (`sweep`), so nothing stays readable.
 *
 * If LOCKED_KEY disappears ("Delete all my data", or the lock was removed in
 * another tab) the vault closes: it forgets what it held and passes every key
 * through from then on. If its key no longer opens the envelope (the
 * passphrase was changed in another tab) it closes too, and the page locks.
 * If an encrypted write fails (storage is full), the next change throws
 * QuotaExceededError, so the store says it is not saving.
 */
import {
  LOCKED_KEY,
  lockedEnvelope,
  openParts,
  openStored,
  PART_PREFIX,
  partsOf,
  privateKeys,
  sealRecord,
  slotFor,
  staysReadable,
} from "./lock";
import type { StorageLike } from "./storage";

type Changed = (key: string, newValue: string | null) => void;

export interface Vault extends StorageLike {
  readonly closed: boolean;
  /** Another tab changed LOCKED_KEY or one of its parts (`key`); false (and closed) if this key no longer opens it. */
  absorb(text: string, key?: string): Promise<boolean>;
  /** Takes any private key left readable in storage into the envelope. */
  sweep(): void;
  /** Forgets the words; every key passes through from now on. */
  close(): void;
}

/** Opens the locked words with this tab's key; null if it does not open them. */
export async function openVault(
  raw: StorageLike,
  key: CryptoKey,
  onChanged: Changed = () => {},
  onClose: () => void = () => {},
): Promise<Vault | null> {
  const e = lockedEnvelope(raw);
  const parts = e && (await openParts(key, e, raw));
  if (!e || !parts) return null;
  const prefix = partsOf(e);
  const data = new Map<string, string>();
  /** The record key each part holds. */
  const keyAt = new Map<string, string>();
  for (const p of parts) {
    data.set(p.key, p.value);
    keyAt.set(p.at, p.key);
  }
  const forget = () => {
    listed = null;
  };
  /** Keys changed here and not yet written, and those being written now. */
  let dirty = new Set<string>();
  let writing = new Set<string>();
  /** Readable copies taken in, removed from plain storage once their part is written. */
  let strays = new Map<string, string>();
  let saving = false;
  let failed = false;
  let closed = false;

  const passes = (k: string) => closed || staysReadable(k);
  const mine = (k: string) => dirty.has(k) || writing.has(k);
  const hidden = (k: string) => k === LOCKED_KEY || k.startsWith(PART_PREFIX);

  /**
   * The keys as a store sees them, kept between calls: a store reads them by
   * index (key(i)), and storage holds a part per record, so listing them
   * afresh each time would cost the square of their number.
   */
  let listed: string[] | null = null;
  let rawLength = -1;
  function keys(): string[] {
    if (!closed && raw.getItem(LOCKED_KEY) === null) close();
    if (!closed && listed && raw.length === rawLength) return listed;
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const k = raw.key(i);
      if (k !== null && (closed || (staysReadable(k) && !hidden(k)))) out.push(k);
    }
    if (closed) return out;
    rawLength = raw.length;
    listed = [...out, ...data.keys()];
    return listed;
  }

  function close() {
    if (closed) return;
    closed = true;
    forget();
    data.clear();
    keyAt.clear();
    dirty.clear();
    writing = new Set();
    onClose();
  }

  /** The header is still this key's (a "Lock it now" mark is fine); otherwise close. */
  function headerHolds(text: string | null): boolean {
    const now = text === null ? null : lockedEnvelope(raw, text);
    if (now && now.kdf.salt === e?.kdf.salt && now.check === e.check) return true;
    close();
    return false;
  }

  async function absorb(text: string, at = LOCKED_KEY): Promise<boolean> {
    if (closed) return false;
    if (at === LOCKED_KEY) return headerHolds(text || null);
    if (!e || !at.startsWith(prefix)) return true;
    if (!text) {
      const k = keyAt.get(at);
      keyAt.delete(at);
      if (k !== undefined && !mine(k) && data.has(k)) {
        forget();
        data.delete(k);
        onChanged(k, null);
      }
      return true;
    }
    const p = await openStored(key, e, at, text);
    if (closed) return false;
    if (!p || `${prefix}${await slotFor(e, p.key)}` !== at) {
      close();
      return false;
    }
    keyAt.set(at, p.key);
    if (!mine(p.key) && data.get(p.key) !== p.value) {
      forget();
      data.set(p.key, p.value);
      onChanged(p.key, p.value);
    }
    return true;
  }

  /** Takes plain private keys into memory (another tab wrote them before it saw the lock). */
  function takeStrays() {
    for (const [k, v] of privateKeys(raw)) {
      if (!mine(k)) {
        forget();
        data.set(k, v);
        onChanged(k, v);
      }
      strays.set(k, v);
      writing.add(k);
    }
  }

  async function save() {
    writing = dirty;
    dirty = new Set();
    try {
      if (!e || !headerHolds(raw.getItem(LOCKED_KEY))) return;
      takeStrays();
      // Encrypt only what changed here; every other record is left as it is.
      const todo = [...writing];
      const sealed = await Promise.all(
        todo.map(async (k) => {
          const v = data.get(k);
          return v === undefined
            ? ([`${prefix}${await slotFor(e, k)}`, null] as const)
            : sealRecord(key, e, k, v);
        }),
      );
      if (closed || !headerHolds(raw.getItem(LOCKED_KEY))) return;
      todo.forEach((k, i) => {
        const [at, text] = sealed[i] as readonly [string, string | null];
        if (text === null) {
          raw.removeItem(at);
          keyAt.delete(at);
        } else {
          raw.setItem(at, text);
          keyAt.set(at, k);
        }
      });
      for (const [k, v] of strays) if (raw.getItem(k) === v) raw.removeItem(k);
      strays = new Map();
      writing = new Set();
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
    forget();
    if (value === null) data.delete(k);
    else data.set(k, value);
    dirty.add(k);
    schedule();
  }

  function sweep() {
    if (closed || privateKeys(raw).size === 0) return;
    schedule();
  }

  sweep();
  return {
    get closed() {
      return closed;
    },
    get length() {
      return keys().length;
    },
    key: (i) => keys()[i] ?? null,
    getItem: (k) =>
      hidden(k) && !closed ? null : passes(k) ? raw.getItem(k) : (data.get(k) ?? null),
    setItem: (k, v) => (passes(k) ? raw.setItem(k, v) : change(k, v)),
    removeItem: (k) => (passes(k) ? raw.removeItem(k) : change(k, null)),
    absorb,
    sweep,
    close,
  };
}
