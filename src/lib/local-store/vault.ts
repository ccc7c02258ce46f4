/**
 * The storage pages use while the lock is set and this tab is unlocked
 * (lock.ts). It looks like localStorage to every store, but the private keys
 * live in memory and are written back, encrypted, into LOCKED_KEY a moment
 * after each change (one write for a burst of changes). Only the records
 * that changed are encrypted again; the others keep their ciphertext, so a
 * keystroke costs one record's encryption however much is stored. Keys that
 * stay readable (the theme, the cleared-at time) pass straight through;
 * LOCKED_KEY itself is hidden, so to the stores nothing is locked.
 *
 * Two tabs: each writes the whole envelope, so before writing it reads the
 * stored one and takes every key it has not changed itself from there
 * (decrypting only the parts whose ciphertext changed); when another tab
 * writes, `absorb` does the same and reports each changed key (`onChanged`),
 * which the page turns into storage events, so the stores merge them.
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
  type LockEnvelope,
  lockedEnvelope,
  newSlot,
  openPart,
  openParts,
  partText,
  privateKeys,
  sealPart,
  staysReadable,
} from "./lock";
import type { StorageLike } from "./storage";

type Changed = (key: string, newValue: string | null) => void;

export interface Vault extends StorageLike {
  readonly closed: boolean;
  /** Takes another tab's envelope; false (and the vault closes) if this key does not open it. */
  absorb(text: string): Promise<boolean>;
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
  let seen = raw.getItem(LOCKED_KEY);
  const envelope = lockedEnvelope(raw, seen);
  const parts = envelope && (await openParts(key, envelope));
  if (!envelope || !parts) return null;
  const head = { format: envelope.format, version: envelope.version, kdf: envelope.kdf };
  const { check } = envelope;
  let rekey = envelope.rekey;
  const data = new Map<string, string>();
  /** Where each key is sealed in the envelope last read or written, and its ciphertext. */
  let sealed = new Map<string, { slot: string; text: string }>();
  for (const p of parts)
    if (!sealed.has(p.key)) {
      data.set(p.key, p.value);
      sealed.set(p.key, { slot: p.slot, text: p.sealed });
    }
  /** Keys changed here and not yet written, and those being written now. */
  let dirty = new Set<string>();
  let writing = new Set<string>();
  /** Readable copies taken in, removed from plain storage once the envelope holds them. */
  let strays = new Map<string, string>();
  let saving = false;
  let failed = false;
  let closed = false;

  const passes = (k: string) => closed || !isPrivate(k);
  const mine = (k: string) => dirty.has(k) || writing.has(k);

  function isPrivate(k: string) {
    return k !== LOCKED_KEY && privateKey(k);
  }

  function keys(): string[] {
    if (!closed && raw.getItem(LOCKED_KEY) === null) close();
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const k = raw.key(i);
      if (k !== null && (closed || (!privateKey(k) && k !== LOCKED_KEY))) out.push(k);
    }
    return closed ? out : [...out, ...data.keys()];
  }

  function close() {
    if (closed) return;
    closed = true;
    data.clear();
    sealed.clear();
    dirty.clear();
    writing = new Set();
    onClose();
  }

  async function absorb(text: string): Promise<boolean> {
    if (closed) return false;
    if (text === seen) return true;
    const e = lockedEnvelope(raw, text);
    if (!e || e.kdf.salt !== head.kdf.salt || e.check !== check) {
      close();
      return false;
    }
    const bySlot = new Map([...sealed].map(([k, x]) => [x.slot, { key: k, text: x.text }]));
    const entries = Object.entries(e.records);
    const opened = await Promise.all(
      entries.map(([slot, t]) => {
        const known = bySlot.get(slot);
        return known && known.text === t ? null : openPart(key, e, slot, t);
      }),
    );
    if (closed) return false;
    const theirs = new Map<string, { slot: string; text: string; value: string }>();
    for (let i = 0; i < entries.length; i++) {
      const [slot, t] = entries[i] as [string, string];
      const known = bySlot.get(slot);
      const text = opened[i];
      if (known && known.text === t) {
        const value = data.get(known.key);
        if (value !== undefined || mine(known.key))
          theirs.set(known.key, { slot, text: t, value: value ?? "" });
        continue;
      }
      if (text == null) {
        close();
        return false;
      }
      const at = text.indexOf("\n");
      if (at < 0) {
        close();
        return false;
      }
      const k = text.slice(0, at);
      const v = text.slice(at + 1);
      // Two tabs sealed the same key in different slots: the lower slot wins, in every tab.
      const other = theirs.get(k);
      if (!other || slot < other.slot) theirs.set(k, { slot, text: t, value: v });
    }
    const next = new Map<string, { slot: string; text: string }>();
    for (const [k, x] of theirs) {
      if (mine(k)) {
        // Written here too: sealed again in the same slot, so there is one copy.
        if (!sealed.has(k)) next.set(k, { slot: x.slot, text: x.text });
        continue;
      }
      next.set(k, { slot: x.slot, text: x.text });
      if (data.get(k) !== x.value) {
        data.set(k, x.value);
        onChanged(k, x.value);
      }
    }
    for (const k of [...data.keys()])
      if (mine(k)) {
        const ours = sealed.get(k);
        if (ours) next.set(k, ours);
      } else if (!theirs.has(k)) {
        data.delete(k);
        onChanged(k, null);
      }
    sealed = next;
    rekey = e.rekey;
    seen = text;
    return true;
  }

  /** Takes plain private keys into memory (another tab wrote them before it saw the lock). */
  function takeStrays() {
    for (const [k, v] of privateKeys(raw)) {
      if (!mine(k)) {
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
      for (;;) {
        const stored = raw.getItem(LOCKED_KEY);
        if (stored === null) return close();
        if (stored !== seen && !(await absorb(stored))) return;
        takeStrays();
        // Encrypt only what changed here; every other record keeps its ciphertext.
        const todo = [...writing];
        const texts = await Promise.all(
          todo.map((k) => {
            const v = data.get(k);
            if (v === undefined) return null;
            const slot = sealed.get(k)?.slot ?? newSlot();
            return sealPart(key, head, slot, partText(k, v)).then((text) => ({
              slot,
              text,
            }));
          }),
        );
        // Another tab wrote while this one was encrypting: take its words too, then try again.
        if (closed) return;
        if (raw.getItem(LOCKED_KEY) !== stored) continue;
        todo.forEach((k, i) => {
          const t = texts[i];
          if (t) sealed.set(k, t);
          else sealed.delete(k);
        });
        const records: Record<string, string> = {};
        for (const x of sealed.values()) records[x.slot] = x.text;
        const e: LockEnvelope = { ...head, check, records, ...(rekey ? { rekey } : {}) };
        const text = JSON.stringify(e);
        raw.setItem(LOCKED_KEY, text);
        seen = text;
        for (const [k, v] of strays) if (raw.getItem(k) === v) raw.removeItem(k);
        strays = new Map();
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
      k === LOCKED_KEY && !closed ? null : passes(k) ? raw.getItem(k) : (data.get(k) ?? null),
    setItem: (k, v) => (passes(k) ? raw.setItem(k, v) : change(k, v)),
    removeItem: (k) => (passes(k) ? raw.removeItem(k) : change(k, null)),
    absorb,
    sweep,
    close,
  };
}

/** A key the lock keeps encrypted (lock.ts's staysReadable, inverted). */
const privateKey = (k: string) => !staysReadable(k);
