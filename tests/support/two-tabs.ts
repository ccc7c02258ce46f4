/**
 * Two browser tabs over one site's storage, as a browser really behaves:
 * writes go to one shared store, but a tab sees another tab's write (in what
 * it reads, and as a `storage` event) only when `deliver()` is called. Until
 * then it reads what was there before: a stale read, which is how two tabs
 * typing ~100 ms apart can each save without seeing the other.
 */
import type { StorageLike } from "../../src/lib/local-store/storage";
import { FakeStorage } from "./fake-storage";

interface Listener {
  external(key: string | null, newValue: string | null): void;
}

/** One tab's view of the shared store. */
class TabView implements StorageLike {
  /** Keys another tab wrote that this tab has not seen yet, with the value it still sees. */
  readonly hidden = new Map<string, string | null>();
  readonly events: { key: string; value: string | null }[] = [];
  listener: Listener | undefined;

  constructor(
    private readonly shared: FakeStorage,
    private readonly other: () => TabView,
  ) {}

  get length(): number {
    return this.shared.length;
  }

  key(i: number): string | null {
    return this.shared.key(i);
  }

  getItem(key: string): string | null {
    return this.hidden.has(key) ? (this.hidden.get(key) ?? null) : this.shared.getItem(key);
  }

  private wrote(key: string, value: string | null): void {
    const other = this.other();
    if (!other.hidden.has(key)) other.hidden.set(key, this.shared.getItem(key));
    this.hidden.delete(key);
    other.events.push({ key, value });
  }

  setItem(key: string, value: string): void {
    const before = this.getItem(key);
    this.wrote(key, value);
    this.shared.setItem(key, value);
    // A browser fires no event when the value did not change.
    if (before === value) this.other().events.pop();
  }

  removeItem(key: string): void {
    this.wrote(key, null);
    this.shared.removeItem(key);
  }
}

export class TwoTabs {
  readonly shared = new FakeStorage();
  readonly a: TabView = new TabView(this.shared, () => this.b);
  readonly b: TabView = new TabView(this.shared, () => this.a);

  /** Lets each tab see the other's writes, and hands it their storage events. Returns how many. */
  deliver(): number {
    let n = 0;
    for (const tab of [this.a, this.b]) {
      tab.hidden.clear();
      const events = tab.events.splice(0);
      for (const e of events) tab.listener?.external(e.key, e.value);
      n += events.length;
    }
    return n;
  }
}
