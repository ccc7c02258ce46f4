import { describe, expect, it } from "vitest";
import { doc, e } from "../../../tests/support/worksheet";
import { planImport } from "./import";
import { mergeDocs } from "./merge";
import type { WorksheetDoc } from "./model";

const ids = (d: WorksheetDoc) => d.entries.map((x) => x.id).sort();

describe("mergeDocs", () => {
  it("keeps entries from both sides", () => {
    const m = mergeDocs(doc([e("a", 1)]), doc([e("b", 2)]));
    expect(ids(m)).toEqual(["a", "b"]);
  });

  it("keeps the newest version of each entry, whichever side it is on", () => {
    const left = doc([e("a", 5, { feeling: "new a" }), e("b", 1, { feeling: "old b" })]);
    const right = doc([e("a", 3, { feeling: "old a" }), e("b", 9, { feeling: "new b" })]);
    for (const m of [mergeDocs(left, right), mergeDocs(right, left)]) {
      const by = Object.fromEntries(m.entries.map((x) => [x.id, x.feeling]));
      expect(by).toEqual({ a: "new a", b: "new b" });
    }
  });

  it("gives the same answer on both sides for a tie", () => {
    const x = doc([e("a", 5, { feeling: "one" })]);
    const y = doc([e("a", 5, { feeling: "two" })]);
    expect(mergeDocs(x, y).entries[0]?.feeling).toBe(mergeDocs(y, x).entries[0]?.feeling);
  });

  it("does not bring back an entry deleted in the other tab", () => {
    const tabA = doc([e("a", 5), e("b", 5)]);
    const tabB = doc([e("b", 5)], [{ id: "a", deletedAt: 6 }]);
    const m = mergeDocs(tabA, tabB);
    expect(ids(m)).toEqual(["b"]);
    expect(m.deleted).toEqual([{ id: "a", deletedAt: 6 }]);
    expect(ids(mergeDocs(tabB, tabA))).toEqual(["b"]);
  });

  it("keeps an entry changed after it was deleted (an undo, or a later edit), and drops the tombstone", () => {
    const m = mergeDocs(
      doc([e("a", 8, { feeling: "still here" })]),
      doc([], [{ id: "a", deletedAt: 6 }]),
    );
    expect(m.entries[0]?.feeling).toBe("still here");
    expect(m.deleted).toEqual([]);
  });

  it("is idempotent and loses nothing across many entries", () => {
    const left = doc(Array.from({ length: 200 }, (_, i) => e(`l${i}`, i)));
    const right = doc(Array.from({ length: 200 }, (_, i) => e(`r${i}`, i)));
    const m = mergeDocs(left, right);
    expect(m.entries).toHaveLength(400);
    expect(mergeDocs(m, right)).toEqual(m);
  });
});

describe("import plan", () => {
  it("sorts the file's entries into added, updated and unchanged", () => {
    const local = doc(
      [e("a", 5, { feeling: "mine" }), e("b", 5, { feeling: "mine" }), e("c", 5)],
      [{ id: "d", deletedAt: 10 }],
    );
    const file = [
      e("a", 9, { feeling: "newer in file" }),
      e("b", 2, { feeling: "older in file" }),
      e("c", 9), // newer but the same words
      e("d", 3, { feeling: "deleted here" }),
      e("n", 1, { feeling: "new" }),
    ];
    const plan = planImport(local, file);
    expect(plan.added.map((x) => x.id)).toEqual(["d", "n"]);
    expect(plan.updated.map((x) => x.id)).toEqual(["a"]);
    expect(plan.unchanged.map((x) => x.id)).toEqual(["b", "c"]);
  });
});
