/**
 * The optional lock for shared devices. While it is set, everything this site
 * keeps (apart from the few keys in READABLE) is held in one key, LOCKED_KEY,
 * encrypted with a key derived from the person's passphrase (PBKDF2-SHA-256,
 * the same iterations as an encrypted backup, crypto.ts) with AES-GCM.
 *
 * The lock's envelope, version 2, is sealed per record, each record under a
 * key of its own, so that a keystroke encrypts and writes one record, not
 * everything (writing one 3-million-character value took Chromium 50–700 ms):
 *   LOCKED_KEY: { "format": "bounce-back-encrypted", "version": 2, "kdf": {…},
 *     "check": "<base64 of IV + ciphertext of CHECK>",
 *     "rekey": true   (only after "Lock it now": the next unlock re-keys) }
 *   bounce-back:locked:<tag>:<slot>: base64 of IV + ciphertext of key, newline, value
 * `tag` is the start of the salt (so parts of an interrupted re-key are told
 * apart); `slot` is a hash of the salt and the record's key, the same in
 * every tab. It shows whether a record key a reader can guess (not the
 * random record ids) exists, never its words. Each part binds the header
 * (format, version, kdf) and its slot as AES-GCM additional data, so no part
 * can be moved and no header field changed. Version 1 (one backup-style
 * envelope of every key) still opens, and is re-sealed as version 2 at the
 * next unlock.
 *
 * A tab is unlocked once: the passphrase derives the key (slow on purpose),
 * which is kept for the tab wrapped, never as bytes (tab-key.ts). Pages then
 * read and write through a Vault (vault.ts), which keeps the words in memory
 * and writes each changed record back encrypted. A forgotten passphrase
 * cannot be recovered: there is no other copy of the key.
 */
import {
  b64,
  decryptBytes,
  ENCRYPTED_FORMAT,
  type Envelope,
  encryptBytes,
  header,
  ITERATIONS,
  iterationsOk,
  keyFor,
  newKdf,
  openWith,
  unb64,
} from "./crypto";
import { checkNewPassphrase } from "./passphrase";
import { CLEARED_KEY, keysWith } from "./site-data";
import { LOCKED_KEY, SITE_PREFIX, type StorageLike } from "./storage";

/** While the lock is set, this holds everything else, encrypted (storage.ts). */
export { LOCKED_KEY };

/** The lock's envelope version (crypto.ts's backups are version 2 too, with one `data`). */
const LOCK_VERSION = 2;
/** Sealed under the slot "" so that a passphrase can be checked with no records stored. */
const CHECK = "bounce-back-lock";
/** Written for a moment to check there is room for the encrypted copy before locking. */
const PROBE = `${SITE_PREFIX}lock-room-check`;

/** The theme is not private and is read before the page paints; the others are about storage itself. */
const READABLE = new Set([LOCKED_KEY, CLEARED_KEY, PROBE, `${SITE_PREFIX}theme`]);
/** Every sealed part's key starts with this. */
export const PART_PREFIX = `${LOCKED_KEY}:`;

/** True for keys that stay in localStorage as they are while the lock is set (sealed parts too). */
export const staysReadable = (key: string) =>
  !key.startsWith(SITE_PREFIX) || READABLE.has(key) || key.startsWith(PART_PREFIX);

export const isLocked = (s: StorageLike) => s.getItem(LOCKED_KEY) !== null;

export interface LockEnvelope {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof LOCK_VERSION;
  kdf: Envelope["kdf"];
  check: string;
  rekey?: true;
}

/** The private keys and their values. */
export type Sealed = Record<string, string>;

/** One record as storage holds it: its part's key, ciphertext, record key and value. */
export interface Part {
  at: string;
  sealed: string;
  key: string;
  value: string;
}

export type LockResult = { ok: true; key: CryptoKey } | { ok: false; error: string };

const WRONG = "That passphrase does not unlock your writing. Check it and try again.";
const DAMAGED = "Your locked writing could not be read. Nothing was changed.";
const BOUNDS =
  "Your locked writing asks for far more work to open than this site ever uses, so its settings were changed outside this site. Nothing was opened or changed.";
const FULL = "There is not enough room in this browser to lock your writing. Nothing was changed.";

/** One record's plain text: its key (which never holds a newline), a newline, its value. */
const partText = (key: string, value: string) => `${key}\n${value}`;

/** A record's key and value from its plain text. */
function readPart(text: string): [string, string] {
  const at = text.indexOf("\n");
  if (at < 0) throw new Error("damaged");
  return [text.slice(0, at), text.slice(at + 1)];
}

const url64 = (text: string) => text.replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");

/** The start of the prefix of this salt's parts: bounce-back:locked:<tag>: */
export const partsOf = (e: Pick<LockEnvelope, "kdf">) =>
  `${PART_PREFIX}${url64(e.kdf.salt).slice(0, 8)}:`;

/** Where a record's part lives: a hash of the salt and its key (the same in every tab). */
export async function slotFor(e: Pick<LockEnvelope, "kdf">, key: string): Promise<string> {
  const hash = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`${e.kdf.salt}\n${key}`),
  );
  return url64(b64(new Uint8Array(hash))).slice(0, 22);
}

/** Encrypts one part (a record, or the check) for `slot`: base64 of IV then ciphertext. */
async function sealPart(
  key: CryptoKey,
  e: Pick<LockEnvelope, "format" | "version" | "kdf">,
  slot: string,
  text: string,
): Promise<string> {
  const { iv, data } = await encryptBytes(key, new TextEncoder().encode(text), header(e, slot));
  const out = new Uint8Array(12 + data.length);
  out.set(iv);
  out.set(data, 12);
  return b64(out);
}

/** One part's text, or null when this key does not open it there. */
async function openPart(
  key: CryptoKey,
  e: Pick<LockEnvelope, "format" | "version" | "kdf">,
  slot: string,
  sealed: string,
): Promise<string | null> {
  try {
    const bytes = unb64(sealed);
    if (bytes.length < 28) return null;
    const plain = await decryptBytes(
      key,
      bytes.subarray(0, 12),
      bytes.subarray(12),
      header(e, slot),
    );
    return plain && new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

type Read =
  | { ok: true; v1: Envelope; v2?: undefined }
  | { ok: true; v2: LockEnvelope; v1?: undefined }
  | { ok: false; error: string };

/**
 * Reads an envelope the lock wrote (LOCKED_KEY's, by default), without
 * opening it: version 1 or 2, with iterations in bounds.
 */
function readLocked(text: string | null): Read {
  try {
    const e = JSON.parse(text ?? "") as (Envelope | LockEnvelope) & { version: unknown };
    if (e.format !== ENCRYPTED_FORMAT || e.kdf?.name !== "PBKDF2" || e.kdf.hash !== "SHA-256")
      return { ok: false, error: DAMAGED };
    if (!iterationsOk(e.kdf.iterations)) return { ok: false, error: BOUNDS };
    if (typeof e.kdf.salt !== "string") return { ok: false, error: DAMAGED };
    if (e.version === 1 && typeof (e as Envelope).data === "string")
      return { ok: true, v1: e as Envelope };
    const v2 = e as LockEnvelope;
    if (e.version === LOCK_VERSION && typeof v2.check === "string") return { ok: true, v2 };
    return { ok: false, error: DAMAGED };
  } catch {
    return { ok: false, error: DAMAGED };
  }
}

/** The version-2 envelope under LOCKED_KEY (or in `text`), or null. */
export function lockedEnvelope(s: StorageLike, text = s.getItem(LOCKED_KEY)): LockEnvelope | null {
  const r = readLocked(text);
  return r.ok && r.v2 ? r.v2 : null;
}

/** Every part of this envelope in storage: its key and ciphertext. */
function storedParts(s: StorageLike, e: Pick<LockEnvelope, "kdf">): Map<string, string> {
  const out = new Map<string, string>();
  const prefix = partsOf(e);
  for (const k of keysWith(s, prefix)) {
    const v = s.getItem(k);
    if (v !== null) out.set(k, v);
  }
  return out;
}

/** Opens one stored part; null if this key does not open it there. */
export async function openStored(
  key: CryptoKey,
  e: LockEnvelope,
  at: string,
  sealed: string,
): Promise<Part | null> {
  const text = await openPart(key, e, at.slice(partsOf(e).length), sealed);
  if (text === null) return null;
  const [k, value] = readPart(text);
  return { at, sealed, key: k, value };
}

/** Opens every part; null when this key does not open the envelope (or any part was changed or moved). */
export async function openParts(
  key: CryptoKey,
  e: LockEnvelope,
  s: StorageLike,
): Promise<Part[] | null> {
  if ((await openPart(key, e, "", e.check)) !== CHECK) return null;
  const stored = [...storedParts(s, e)];
  const parts = await Promise.all(stored.map(([at, t]) => openStored(key, e, at, t)));
  return parts.some((p) => p === null) ? null : (parts as Part[]);
}

/**
 * What `key` opens in storage, or null: each private key and its value, with
 * the part it came from (`at`; none in a version-1 envelope).
 */
async function openAll(
  key: CryptoKey,
  s: StorageLike,
): Promise<{ key: string; value: string; at?: string }[] | null> {
  const r = readLocked(s.getItem(LOCKED_KEY));
  if (!r.ok) return null;
  if (r.v2) return openParts(key, r.v2, s);
  const plain = await openWith(key, r.v1);
  if (plain === null) return null;
  return Object.entries(JSON.parse(plain) as Sealed).map(([k, value]) => ({ key: k, value }));
}

/** A new header: its `check` sealed with the key. */
async function newHeader(key: CryptoKey, kdf: Envelope["kdf"]): Promise<LockEnvelope> {
  const head = { format: ENCRYPTED_FORMAT, version: LOCK_VERSION, kdf } as const;
  return { ...head, check: await sealPart(key, head, "", CHECK) };
}

/** One record sealed: its part's key in storage and the ciphertext. */
export async function sealRecord(
  key: CryptoKey,
  e: LockEnvelope,
  k: string,
  v: string,
): Promise<[string, string]> {
  const slot = await slotFor(e, k);
  return [`${partsOf(e)}${slot}`, await sealPart(key, e, slot, partText(k, v))];
}

/** Every private key in plain storage and its value (keys written while the lock is off). */
export function privateKeys(s: StorageLike): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of keysWith(s, SITE_PREFIX)) {
    if (staysReadable(k)) continue;
    const v = s.getItem(k);
    if (v !== null) out.set(k, v);
  }
  return out;
}

/** Characters the header takes, to within a few. */
const HEADER_SIZE = 400;

/** Characters one record's part takes: its key (prefix, tag, slot) and the base64 of IV, UTF-8 text and tag. */
function partSize(k: string, v: string): number {
  const bytes = 12 + new TextEncoder().encode(partText(k, v)).length + 16;
  return PART_PREFIX.length + 8 + 1 + 22 + 4 * Math.ceil(bytes / 3);
}

/** How many characters the encrypted copy of `data` takes, to within a few: every part, plus the header. */
export function sealedSize(data: Map<string, string>): number {
  let chars = HEADER_SIZE;
  for (const [k, v] of data) chars += partSize(k, v);
  return chars;
}

/**
 * True when storage has room for `chars` more characters: written for a
 * moment and removed.
 */
function hasRoom(s: StorageLike, chars: number): boolean {
  try {
    s.setItem(PROBE, "x".repeat(Math.max(0, chars)));
    return true;
  } catch {
    return false;
  } finally {
    try {
      s.removeItem(PROBE);
    } catch {}
  }
}

/** About how many more characters storage takes (to within 16,000), found by trying. */
function freeRoom(s: StorageLike, most = 12_000_000): number {
  if (hasRoom(s, most)) return most;
  let lo = 0;
  let hi = most;
  while (hi - lo > 16_000) {
    const mid = Math.floor((lo + hi) / 2);
    if (hasRoom(s, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

export interface LockOptions {
  iterations?: number;
  /** Called after the key is derived (tests write here, as another tab would). */
  derived?: () => void | Promise<void>;
}

/** Why a new lock passphrase will not do (the same check as the form's), or null. */
const refused = (passphrase: string) => checkNewPassphrase(passphrase, passphrase)?.error ?? null;

/** Characters `data` takes as plain keys and values. */
const plainSize = (data: Map<string, string>) => {
  let n = 0;
  for (const [k, v] of data) n += k.length + v.length;
  return n;
};

const TOO_BIG = (needed: number) =>
  `Your writing takes up too much of this browser's storage to lock. The encrypted copy is about a third larger than the writing, and while it locks it needs about ${Math.ceil(needed / 1000).toLocaleString("en-GB")} thousand characters more room than there is. Nothing was changed. Save a backup, delete entries you no longer need, then try again.`;

/**
 * Sets the lock. First checks that the encrypted copy will fit (saying so
 * before the long wait if not). Then, after deriving the key, writes the
 * header and seals the private keys in batches that fit the room left: each
 * record's part is written and only then its plain text removed, so the lock
 * works until the encrypted copy itself fills the browser's storage. It seals
 * again until no private key is left readable (another tab may write during
 * the 1–2 s the key takes, or between batches). If a write fails, everything
 * goes back as it was. Returns the key (extractable only so that tab-key.ts
 * can wrap it).
 */
export async function lock(
  s: StorageLike,
  passphrase: string,
  options: LockOptions = {},
): Promise<LockResult> {
  const bad = refused(passphrase);
  if (bad) return { ok: false, error: bad };
  if (isLocked(s)) return { ok: false, error: "Your writing is locked already." };
  const first = privateKeys(s);
  let largest = 0;
  for (const [k, v] of first) largest = Math.max(largest, HEADER_SIZE + partSize(k, v));
  // The last batch needs room for its encrypted copy before its plain text goes.
  const needed = Math.max(0, sealedSize(first) - plainSize(first)) + largest + 2_000;
  let room = freeRoom(s, needed + 1_000_000);
  if (room < needed) return { ok: false, error: TOO_BIG(needed - room) };
  const kdf = newKdf(options.iterations ?? ITERATIONS);
  const key = await keyFor(passphrase, kdf, true);
  await options.derived?.();
  const e = await newHeader(key, kdf);
  const header = JSON.stringify(e);
  /** Parts written, and the plain values they replaced. */
  const written = new Set<string>();
  const done = new Map<string, string>();
  const undo = () => {
    try {
      if (s.getItem(LOCKED_KEY) === header) s.removeItem(LOCKED_KEY);
      for (const at of written) s.removeItem(at);
      for (const [k, v] of done) if (s.getItem(k) === null) s.setItem(k, v);
    } catch {}
  };
  if (isLocked(s)) return { ok: false, error: "Your writing was locked in another tab." };
  try {
    s.setItem(LOCKED_KEY, header);
  } catch {
    return { ok: false, error: FULL };
  }
  for (let round = 0; round < 10_000; round++) {
    const plain = privateKeys(s);
    if (plain.size === 0) return { ok: true, key };
    // The biggest batch that fits the room left (at least one record).
    const batch = new Map<string, string>();
    let size = 0;
    for (const [k, v] of plain) {
      const one = partSize(k, v);
      if (batch.size > 0 && size + one > room) break;
      batch.set(k, v);
      size += one;
    }
    const sealed = await Promise.all([...batch].map(([k, v]) => sealRecord(key, e, k, v)));
    // After the last await: check nothing changed, then write and remove with nothing between.
    if (s.getItem(LOCKED_KEY) !== header) {
      undo();
      return { ok: false, error: "Your writing was locked in another tab." };
    }
    if ([...batch].some(([k, v]) => s.getItem(k) !== v)) continue;
    const now: string[] = [];
    try {
      for (const [at, text] of sealed) {
        s.setItem(at, text);
        now.push(at);
      }
    } catch {
      for (const at of now) if (!written.has(at)) s.removeItem(at);
      if (batch.size > 1) {
        room = Math.floor(room / 2);
        continue;
      }
      undo();
      return { ok: false, error: FULL };
    }
    for (const at of now) written.add(at);
    for (const [k, v] of batch) {
      s.removeItem(k);
      done.set(k, v);
    }
    room = Math.max(0, room - (size - plainSize(batch)));
  }
  undo();
  return {
    ok: false,
    error: "Your writing kept changing in another tab, so it was not locked. Try again.",
  };
}

/**
 * Re-seals everything `oldKey` opens under a new salt and the key `pass`
 * derives. The new parts are written first (their keys differ: a new tag),
 * then the header switches in one write, then the old parts go; if a part
 * cannot be written, the new ones are removed and nothing changed. If another
 * tab changed a part meanwhile, it starts again.
 */
async function rekey(
  s: StorageLike,
  oldKey: CryptoKey,
  pass: string,
  iterations: number,
): Promise<LockResult> {
  const kdf = newKdf(iterations);
  const key = await keyFor(pass, kdf, true);
  const e = await newHeader(key, kdf);
  for (let round = 0; round < 20; round++) {
    const before = s.getItem(LOCKED_KEY);
    const old = readLocked(before);
    if (!old.ok) return old;
    const oldParts = old.v2 ? storedParts(s, old.v2) : new Map<string, string>();
    // Parts left by an earlier re-key that did not finish.
    for (const k of keysWith(s, PART_PREFIX))
      if (!oldParts.has(k) && !k.startsWith(partsOf(e))) s.removeItem(k);
    const data = await openAll(oldKey, s);
    if (!data) return { ok: false, error: DAMAGED };
    const sealed = await Promise.all(data.map((p) => sealRecord(key, e, p.key, p.value)));
    const now = old.v2 ? storedParts(s, old.v2) : new Map<string, string>();
    const same =
      s.getItem(LOCKED_KEY) === before &&
      now.size === oldParts.size &&
      [...now].every(([k, v]) => oldParts.get(k) === v);
    if (!same) continue;
    const written: string[] = [];
    try {
      for (const [at, text] of sealed) {
        s.setItem(at, text);
        written.push(at);
      }
      s.setItem(LOCKED_KEY, JSON.stringify(e));
    } catch {
      for (const at of written) s.removeItem(at);
      return { ok: false, error: FULL };
    }
    for (const at of oldParts.keys()) s.removeItem(at);
    return { ok: true, key };
  }
  return { ok: false, error: "Your writing kept changing in another tab. Try again." };
}

/**
 * Checks the passphrase and gives the key for this tab. After "Lock it now",
 * or for a version-1 envelope, it also re-keys: a new salt, a new key, every
 * record sealed again, so no copy of an earlier key opens anything now.
 */
export async function unlock(s: StorageLike, passphrase: string): Promise<LockResult> {
  const r = readLocked(s.getItem(LOCKED_KEY));
  if (!r.ok) return r;
  const e = r.v1 ?? r.v2;
  const key = await keyFor(passphrase, e.kdf, true);
  if (!(await openAll(key, s))) return { ok: false, error: WRONG };
  if (!r.v1 && !r.v2.rekey) return { ok: true, key };
  const fresh = await rekey(s, key, passphrase, e.kdf.iterations);
  // No room to re-key a version-2 envelope: open it as it is (the re-key waits for the next unlock).
  return fresh.ok || r.v1 ? fresh : { ok: true, key };
}

/**
 * Changes the passphrase: the current one opens everything, which is sealed
 * again under a new salt and the new passphrase's key. Every other tab's key
 * stops opening it (their pages then ask for the new passphrase).
 */
export async function changePassphrase(
  s: StorageLike,
  current: string,
  next: string,
): Promise<LockResult> {
  const bad = refused(next);
  if (bad) return { ok: false, error: bad };
  const r = readLocked(s.getItem(LOCKED_KEY));
  if (!r.ok) return r;
  const e = r.v1 ?? r.v2;
  const key = await keyFor(current, e.kdf, true);
  if (!(await openAll(key, s))) return { ok: false, error: WRONG };
  return rekey(s, key, next, e.kdf.iterations);
}

/**
 * "Lock it now": marks the envelope so that the next unlock re-keys with a
 * new salt. (The page also deletes every tab's key, tab-key.ts, and tells
 * the other tabs.) Not bound as additional data: anyone changing it only
 * causes a re-key.
 */
export function markForRekey(s: StorageLike): void {
  const e = lockedEnvelope(s);
  if (e && !e.rekey) s.setItem(LOCKED_KEY, JSON.stringify({ ...e, rekey: true }));
}

/**
 * Removes the lock: the words go back into storage as they were before, one
 * record at a time (each part goes once its plain text is written, so the
 * words need no more room than now), then LOCKED_KEY goes. A wrong
 * passphrase changes nothing. If storage fills up part way, the words
 * written back so far are sealed again by the next unlocked tab.
 */
export async function removeLock(
  s: StorageLike,
  passphrase: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const text = s.getItem(LOCKED_KEY);
  if (text === null) return { ok: true };
  const r = readLocked(text);
  if (!r.ok) return r;
  const key = await keyFor(passphrase, (r.v1 ?? r.v2).kdf);
  const data = await openAll(key, s);
  if (!data) return { ok: false, error: WRONG };
  try {
    for (const p of data) {
      s.setItem(p.key, p.value);
      if (p.at) s.removeItem(p.at);
    }
  } catch {
    return {
      ok: false,
      error:
        "There is not enough room in this browser to take the lock off. Your writing is still locked; delete entries you no longer need, then try again.",
    };
  }
  for (const k of keysWith(s, PART_PREFIX)) s.removeItem(k);
  s.removeItem(LOCKED_KEY);
  return { ok: true };
}
