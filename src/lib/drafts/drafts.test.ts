// cspell:words Łukasz VEVENT vevent ical rrule Okafor Athree
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeStorage } from "../../../tests/support/fake-storage";
import { privateKeys } from "../local-store/lock";
import { SAVE_DELAY } from "../local-store/session";
import { exportSite, importSite } from "../local-store/site-backup";
import { siteMarkdown } from "../site-markdown";
import { checkBackupKey, STORES } from "../stores";
import { DraftsController } from "./controller";
import { draftsMarkdown } from "./export";
import { type DraftSource, fillDraft, greetingName, mailtoHref } from "./fill";
import { draftId, LIMITS, newDraft, newName, readDraft, readName } from "./model";
import { checkReminder, reminderIcs, reminderSummary, suggestedFollowUp } from "./remind";
import { articleText, DRAFT_KINDS, TEMPLATES } from "./templates";

const source: DraftSource = {
  id: "0123456789abcdef",
  role: "Data analyst",
  company: "Smith & Sons",
  date: "2026-11-20",
  contact: "Zoë Łukasz",
};
const NOW = 1_800_000_000_000;

describe("one set of templates, for the articles and the drafts", () => {
  const articles = {
    feedback: "asking-for-feedback-after-a-rejection",
    reply: "replying-to-a-rejection-email",
    "follow-up": "when-an-employer-goes-silent",
    nudge: "when-an-employer-goes-silent",
  } as const;

  it("each article renders its template from this module, with no copy of the words of its own", () => {
    for (const [id, slug] of Object.entries(articles)) {
      const mdx = readFileSync(
        new URL(`../../../content/articles/${slug}.mdx`, import.meta.url),
        "utf8",
      );
      expect(mdx, slug).toContain(`<Template draft="${id}" />`);
      expect(mdx, slug).not.toMatch(/<Template\s+title=/);
      // Not one line of a template's message is typed again in the article.
      const lines = articleText(id as keyof typeof articles).split("\n");
      for (const line of lines.filter((l) => l.length > 30)) expect(mdx).not.toContain(line);
    }
  });

  it("an empty source leaves the article's text exactly: the draft is the article's template, filled", () => {
    for (const kind of DRAFT_KINDS) {
      const d = fillDraft(
        kind,
        { id: "x", role: "", company: "", date: "" },
        {
          sender: "",
          recipient: "",
        },
      );
      expect(d.body).toBe(TEMPLATES[kind].body);
      expect(d.subject).toBe(TEMPLATES[kind].subject);
    }
    expect(articleText("follow-up")).toMatch(/^Subject: \[Job title\] interview on \[date\]\n\nHi/);
    expect(articleText("reply")).toMatch(/^Hi \[Name\],\n\nThank you for letting me know/);
  });
});

describe("fillDraft", () => {
  const names = { sender: "Sam Patel", recipient: "Zoë" };

  it("fills role, company, date and names in every draft, and signs with the person's name", () => {
    for (const kind of DRAFT_KINDS) {
      const d = fillDraft(kind, source, names);
      expect(d.body).toMatch(/^Hi Zoë,\n/);
      expect(d.body).not.toContain("[Your name]");
      expect(d.body).toMatch(/\nSam Patel(\n|$)/);
      expect(`${d.subject}\n${d.body}`).toContain("Data analyst");
    }
    const f = fillDraft("follow-up", source, names);
    expect(f.subject).toBe("Data analyst interview on 20 November 2026");
    expect(f.body).toContain("the Data analyst role at Smith & Sons.");
    expect(f.body).toContain("on 20 November 2026, and I'm still very interested");
    // What no tool knows stays for the person to fill in.
    expect(f.body).toContain("[the team / name]");
    expect(f.body).toContain("[Phone number]");
  });

  it("keeps clear [placeholders] for what is not known", () => {
    const d = fillDraft(
      "follow-up",
      { id: "x", role: " ", company: "", date: "2026-02-30" },
      { sender: "", recipient: "" },
    );
    expect(d.subject).toBe("[Job title] interview on [date]");
    expect(d.body).toContain("Hi [Name],");
    expect(d.body).toContain("the [job title] role at [company].");
    expect(d.body).toContain("[Your name]");
  });

  it("fills in one pass: typed words that look like a placeholder stay as typed", () => {
    const d = fillDraft(
      "follow-up",
      { ...source, company: "[date] Ltd", role: "[Your name]" },
      { sender: "[company]", recipient: "Ann" },
    );
    expect(d.body).toContain("the [Your name] role at [date] Ltd.");
    expect(d.body).toMatch(/\n\[company\]\n\[Phone number\]$/);
  });

  it("keeps a name's words on one line", () => {
    const d = fillDraft("reply", source, { sender: "Sam", recipient: "Ann\nBcc: x@example.com" });
    expect(d.body.split("\n")[0]).toBe("Hi Ann Bcc: x@example.com,");
  });

  it("greets by first name, or by title and surname", () => {
    expect(greetingName("Zoë Łukasz")).toBe("Zoë");
    expect(greetingName("  Ann  ")).toBe("Ann");
    expect(greetingName("Dr Sarah Jones")).toBe("Dr Jones");
    expect(greetingName("Mrs. Okafor")).toBe("Mrs. Okafor");
    expect(greetingName("Dr")).toBe("Dr");
    expect(greetingName("")).toBe("");
  });
});

describe("mailtoHref", () => {
  it("percent-encodes ampersands, line breaks as %0D%0A and non-Latin names", () => {
    const href = mailtoHref("Smith & Sons = role?", "Hi Zoë 王,\nLine two\r\nthree");
    expect(href).toBe(
      "mailto:?subject=Smith%20%26%20Sons%20%3D%20role%3F&body=Hi%20Zo%C3%AB%20%E7%8E%8B%2C%0D%0ALine%20two%0D%0Athree",
    );
    const params = new URLSearchParams(new URL(href).search);
    expect(params.get("subject")).toBe("Smith & Sons = role?");
    expect(params.get("body")).toBe("Hi Zoë 王,\r\nLine two\r\nthree");
    expect([...params.keys()]).toEqual(["subject", "body"]);
  });

  it("keeps hostile text inside the body: no extra fields, no raw line breaks or markup", () => {
    const evil = 'x&bcc=spy@example.com&to=a@b.c\n<img src=x onerror=alert(1)>"';
    const href = mailtoHref(evil, evil);
    expect(href).not.toMatch(/[\s<>"]/);
    const params = new URLSearchParams(new URL(href).search);
    expect([...params.keys()]).toEqual(["subject", "body"]);
    expect(params.get("subject")).toBe(evil);
  });
});

describe("the stored records", () => {
  const draft = {
    id: draftId(source.id, "reply"),
    createdAt: 5,
    updatedAt: 6,
    sourceId: source.id,
    kind: "reply",
    subject: "Re: role",
    body: "Hi Ann",
    copyOf: "",
  };

  it("reads a draft back as written, and refuses one that is not a draft", () => {
    const problems: string[] = [];
    expect(readDraft(draft, problems)).toEqual(draft);
    expect(problems).toEqual([]);
    expect(readDraft({ ...draft, kind: "letter" }, problems)).toBeNull();
    expect(readDraft({ ...draft, sourceId: "../x" }, problems)).toBeNull();
    expect(readDraft({ ...draft, id: "__proto__" }, problems)).toBeNull();
  });

  it("cuts text over each field's limit and says so; drops unknown keys", () => {
    const problems: string[] = [];
    const d = readDraft(
      { ...draft, body: "x".repeat(LIMITS.body + 5), subject: 7, extra: "no", updatedAt: -1 },
      problems,
    );
    expect(d?.body).toHaveLength(LIMITS.body);
    expect(d?.subject).toBe("");
    expect(d && "extra" in d).toBe(false);
    expect(problems).toHaveLength(3);
    const n = readName(
      { id: "you", sourceId: "", name: "n".repeat(300), createdAt: 1, updatedAt: 1 },
      problems,
    );
    expect(n?.name).toHaveLength(LIMITS.name);
    expect(readName({ id: "to-x", sourceId: 5, name: "Ann" }, [])).toBeNull();
  });

  it("is a store the site lists, and a site-wide backup carries it (and refuses a bad one)", () => {
    expect(STORES.map((s) => s.name)).toEqual(expect.arrayContaining(["drafts", "draft-names"]));
    const key = `bounce-back:drafts:r:${draft.id}`;
    expect(checkBackupKey(key, JSON.stringify({ v: 1, r: draft }))).toBeNull();
    expect(checkBackupKey(key, JSON.stringify({ v: 1, r: { ...draft, kind: "x" } }))).toMatch(
      /does not keep/,
    );
    expect(checkBackupKey(key, JSON.stringify({ v: 9, r: draft }))).toMatch(/newer version/);
    const name = { id: "you", createdAt: 1, updatedAt: 1, sourceId: "", name: "Sam", copyOf: "" };
    expect(checkBackupKey("bounce-back:draft-names:r:you", JSON.stringify({ v: 1, r: name }))).toBe(
      null,
    );
  });
});

describe("DraftsController", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: NOW });
  });
  afterEach(() => vi.useRealTimers());

  const open = (s: FakeStorage) => new DraftsController(() => s, { saved: () => undefined });

  it("asks for names once: the sender's for every draft, the recipient's per source", () => {
    const s = new FakeStorage();
    const c = open(s);
    // The recipient's first name starts from the name the tool holds.
    expect(c.namesFor(source)).toEqual({ sender: "", recipient: "Zoë" });
    c.setSender("Sam Patel");
    c.setRecipient(source.id, "Zoe");
    vi.advanceTimersByTime(SAVE_DELAY);
    const other: DraftSource = { ...source, id: "fedcba9876543210", contact: "" };
    const again = open(s);
    expect(again.namesFor(source)).toEqual({ sender: "Sam Patel", recipient: "Zoe" });
    expect(again.namesFor(other)).toEqual({ sender: "Sam Patel", recipient: "" });
    expect(again.draft(other, "feedback").body).toMatch(/^Hi \[Name\],[\s\S]*\nSam Patel$/);
    expect(again.draft(source, "reply").body).toMatch(/^Hi Zoe,/);
  });

  it("an untouched draft is the template and follows the names; an edited one is kept as written", () => {
    const s = new FakeStorage();
    const c = open(s);
    expect(c.draft(source, "follow-up").edited).toBe(false);
    expect(s.length).toBe(0);
    const body = `${c.draft(source, "follow-up").body}\nP.S. Thank you`;
    c.editDraft(source, "follow-up", { body });
    c.setSender("Sam");
    vi.advanceTimersByTime(SAVE_DELAY);
    // A reload: the edit is there, and the name given later does not rewrite it.
    const again = open(s);
    const d = again.draft(source, "follow-up");
    expect(d).toMatchObject({ edited: true, body });
    expect(d.body).toContain("[Your name]");
    expect(again.draft(source, "feedback").body).toMatch(/\nSam$/);
  });

  it("starts again from the template, with Undo", () => {
    const s = new FakeStorage();
    const c = open(s);
    c.editDraft(source, "reply", { subject: "My own subject" });
    expect(c.draft(source, "reply").subject).toBe("My own subject");
    c.resetDraft(source, "reply");
    expect(c.draft(source, "reply")).toMatchObject({
      edited: false,
      subject: "Re: Data analyst role at Smith & Sons",
    });
    c.undoReset();
    expect(c.draft(source, "reply").subject).toBe("My own subject");
    c.resetDraft(source, "reply");
    expect(open(s).draft(source, "reply").edited).toBe(false);
  });

  it("cuts an edit to the field's limit", () => {
    const c = open(new FakeStorage());
    c.editDraft(source, "feedback", { body: "y".repeat(LIMITS.body + 100) });
    expect(c.draft(source, "feedback").body).toHaveLength(LIMITS.body);
  });

  it("two tabs typing in one draft at once keep both versions: a copy to compare", () => {
    const shared = new FakeStorage();
    const a = open(shared);
    a.editDraft(source, "feedback", { body: "first" });
    const b = open(shared);
    a.editDraft(source, "feedback", { body: "from tab A" });
    b.editDraft(source, "feedback", { body: "from tab B" });
    a.flush();
    b.flush();
    const c = open(shared);
    const d = c.draft(source, "feedback");
    expect(d.body).toBe("from tab B");
    expect(d.copies.map((x) => x.body)).toEqual(["from tab A"]);
    c.discardCopy(d.copies[0]?.id ?? "");
    expect(open(shared).draft(source, "feedback").copies).toEqual([]);
  });
});

describe("Remind me (.ics)", () => {
  it("writes one reminder that ical.js reads, with the person's words escaped", () => {
    const hostile: DraftSource = {
      ...source,
      company: "Smith; Sons, \\Ltd\nBEGIN:VEVENT",
      stage: "Final round",
    };
    const { name, text } = reminderIcs(
      "follow-up",
      hostile,
      "Data analyst interview; Thursday",
      { date: "2026-11-27", time: "09:30" },
      NOW,
    );
    expect(name).toBe("bounce-back-reminder-2026-11-27.ics");
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe(
      "Send the follow-up to Smith; Sons, \\Ltd BEGIN:VEVENT about the Data analyst role",
    );
    expect(event.startDate.toString()).toBe("2026-11-27T09:30:00");
    expect(event.description).toContain("Subject: Data analyst interview; Thursday");
    expect(event.description).toContain("Final round: 20 November 2026");
    expect(event.component.getFirstPropertyValue("rrule")).toBeNull();
    expect(text.split("\r\n").filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("an all-day reminder when no time is given", () => {
    const { text } = reminderIcs(
      "reply",
      { ...source, date: "" },
      "Re: x",
      {
        date: "2026-12-01",
        time: "",
      },
      NOW,
    );
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2026-12-01");
    expect(event.description).not.toContain("Interview:");
  });

  it("says plainly what is wrong with a day or time", () => {
    expect(checkReminder("", "")).toMatchObject({ ok: false, field: "date" });
    expect(checkReminder("2026-02-30", "")).toMatchObject({ ok: false, field: "date" });
    expect(checkReminder("2026-12-01", "25:00")).toMatchObject({ ok: false, field: "time" });
    expect(checkReminder("2026-12-01", "")).toEqual({ ok: true });
  });

  it("names what to send, to whom, with what is known", () => {
    expect(reminderSummary("feedback", { id: "x", role: "", company: "", date: "" })).toBe(
      "Send the feedback request",
    );
    expect(reminderSummary("reply", { ...source, role: "" })).toBe(
      "Send the reply to Smith & Sons",
    );
  });

  it("suggests the follow-up five working days after the interview", () => {
    // Friday 20 November 2026 -> Friday 27 November.
    expect(suggestedFollowUp("2026-11-20")).toBe("2026-11-27");
    // Wednesday 2 December -> Wednesday 9 December.
    expect(suggestedFollowUp("2026-12-02")).toBe("2026-12-09");
    expect(suggestedFollowUp("")).toBe("");
  });
});

describe("the drafts in the site-wide backup and document", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: NOW });
  });
  afterEach(() => vi.useRealTimers());

  const written = () => {
    const s = new FakeStorage();
    const c = new DraftsController(() => s, { saved: () => undefined });
    c.setSender("Sam <b>Patel</b>");
    c.setRecipient(source.id, "Zoe");
    c.editDraft(source, "follow-up", {
      body: "Hi Zoe,\n\n# Any news? [link](javascript:x)\n\nSam",
    });
    c.flush();
    return s;
  };

  it("a backup of the whole site carries drafts and names into another browser, as they were", () => {
    const empty = new FakeStorage();
    const r = importSite(
      exportSite(() => written()),
      checkBackupKey,
      () => empty,
    );
    expect(r.ok && Object.keys(r.added).sort()).toEqual([
      "bounce-back:draft-names:r:to-0123456789abcdef",
      "bounce-back:draft-names:r:you",
      "bounce-back:drafts:r:fu-0123456789abcdef",
    ]);
    const c = new DraftsController(() => empty, { saved: () => undefined });
    expect(c.namesFor(source)).toEqual({ sender: "Sam <b>Patel</b>", recipient: "Zoe" });
    expect(c.draft(source, "follow-up")).toMatchObject({
      edited: true,
      body: expect.stringMatching(/^Hi Zoe,/),
    });
  });

  it("are private keys: the lock seals every one of them", () => {
    const sealed = [...privateKeys(written()).keys()].sort();
    expect(sealed).toEqual([
      "bounce-back:draft-names:r:to-0123456789abcdef",
      "bounce-back:draft-names:r:you",
      "bounce-back:drafts:r:fu-0123456789abcdef",
    ]);
  });

  it("the document of everything lists each changed draft, with every word escaped", () => {
    const md = siteMarkdown({ sessions: [], steps: [], traps: [] }, "7 December 2026", () =>
      written(),
    );
    expect(md).toContain("## Email drafts");
    expect(md).toContain("Signed: Sam \\<b\\>Patel\\</b\\>");
    expect(md).toContain("### Follow up after silence");
    expect(md).toContain("**Subject:** Data analyst interview on 20 November 2026");
    expect(md).toContain("> \\# Any news? \\[link\\](javascript:x)");
    expect(md).not.toMatch(/<b>|^# Any/m);
  });

  it("says which draft is the other version of a conflict", () => {
    const d = newDraft(NOW, source.id, "reply", { subject: "S", body: "B" });
    const md = draftsMarkdown([{ ...d, id: "x", copyOf: d.id }], [newName(NOW, "", "")]);
    expect(md).toContain("## Reply to the rejection (the other version");
    expect(md).not.toContain("Signed:");
  });
});
