/**
 * An in-memory Storage for tests. It can refuse access (like a browser that
 * blocks storage) or refuse writes over a size (like a full storage), and it
 * can connect several "tabs" through storage events.
 */
export class FakeStorage implements Storage {
  private readonly data = new Map<string, string>();
  /** The keys in order, made again only after a key is added or removed (key(i) stays cheap). */
  private keys: string[] | null = null;
  /** Throw a SecurityError on every access. */
  blocked = false;
  /** Throw a QuotaExceededError when the total size would go over this many characters. */
  quota = Number.POSITIVE_INFINITY;
  /** Characters written by setItem so far (keys and values), to measure what a save costs. */
  written = 0;
  /** Called after each change, like the storage event other tabs receive. */
  onChange: ((key: string | null, newValue: string | null) => void) | null = null;

  private check(): void {
    if (this.blocked) throw new DOMException("The operation is insecure.", "SecurityError");
  }

  get length(): number {
    this.check();
    return this.data.size;
  }

  key(index: number): string | null {
    this.check();
    this.keys ??= [...this.data.keys()];
    return this.keys[index] ?? null;
  }

  getItem(key: string): string | null {
    this.check();
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.check();
    if (Number.isFinite(this.quota)) {
      let size = 0;
      for (const [k, v] of this.data) if (k !== key) size += k.length + v.length;
      if (size + key.length + value.length > this.quota)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    if (!this.data.has(key)) this.keys = null;
    this.data.set(key, String(value));
    this.written += key.length + String(value).length;
    this.onChange?.(key, String(value));
  }

  removeItem(key: string): void {
    this.check();
    if (!this.data.has(key)) return;
    this.data.delete(key);
    this.keys = null;
    this.onChange?.(key, null);
  }

  clear(): void {
    this.check();
    this.data.clear();
    this.keys = null;
    this.onChange?.(null, null);
  }

  /** Test helper: every key and value, without the access checks. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}
