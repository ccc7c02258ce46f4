// cspell:words Łukasz Athree
import { describe, expect, it } from "vitest";
import { draftEmails, mailtoHref } from "./emails";

const entry = {
  role: "Data analyst",
  company: "Smith & Sons",
  interviewer: "Zoë Łukasz",
  date: "2026-11-20",
};

describe("draftEmails", () => {
  it("drafts feedback, reply and follow-up, filled in from the entry", () => {
    const drafts = draftEmails(entry);
    expect(drafts.map((d) => d.kind)).toEqual(["feedback", "reply", "follow-up"]);
    for (const d of drafts) {
      expect(d.body).toContain("Hi Zoë Łukasz,");
      expect(d.body).toContain("Data analyst");
      expect(`${d.subject}${d.body}`).toContain("20 November 2026");
    }
    expect(drafts[1]?.body).toContain("keen on Smith & Sons");
    expect(drafts[2]?.subject).toBe("Data analyst interview on 20 November 2026");
  });

  it("keeps [placeholders] for what the entry does not say", () => {
    const [feedback] = draftEmails({ role: "", company: "", interviewer: " ", date: "" });
    expect(feedback?.body).toContain("Hi [Name],");
    expect(feedback?.body).toContain("[job title] role.");
    expect(feedback?.body).toContain("on [date]");
  });

  it("keeps a name's words on one line", () => {
    const [d] = draftEmails({ ...entry, interviewer: "Ann\nBcc: x@example.com" });
    expect(d?.body.split("\n")[0]).toBe("Hi Ann Bcc: x@example.com,");
  });
});

describe("mailtoHref", () => {
  it("percent-encodes ampersands, line breaks as %0D%0A and non-Latin names", () => {
    const href = mailtoHref("Smith & Sons = role?", "Hi Zoë 王,\nLine two\r\nthree");
    expect(href).toBe(
      "mailto:?subject=Smith%20%26%20Sons%20%3D%20role%3F&body=Hi%20Zo%C3%AB%20%E7%8E%8B%2C%0D%0ALine%20two%0D%0Athree",
    );
    const url = new URL(href);
    const params = new URLSearchParams(url.search);
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
