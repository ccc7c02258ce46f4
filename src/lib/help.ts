/**
 * The site's help content in ONE place: the link to /help/, the one threshold
 * for seeing a doctor, and the sources behind them. The WhenToGetHelp component,
 * the /help/ page, the footer and the tests all read from here, so the wording
 * never drifts. Never write another time limit for seeing a doctor anywhere.
 */
import type { ListedSource } from "./article-schema";
import { FACTS, type Fact, type FactSource, factSource, factText, getFact } from "./facts";
import { REGIONS, type Region } from "./help/region";

export const HELP_HREF = "/help/";
export const HELP_LABEL = "Need help now?";

/** How long low mood can last before someone should see a doctor (the NHS's line). */
export const LOW_MOOD_WEEKS = 2;

/** The threshold, as the site says it everywhere. */
export const DOCTOR_THRESHOLD =
  "If your mood has been low for more than two weeks, see a GP or your doctor.";
/** Where the threshold comes from, said plainly. */
export const DOCTOR_THRESHOLD_BASIS = "That is the line the NHS uses.";

/** What to do at once, without waiting for the threshold. */
export const URGENT_HELP =
  "If you feel you can't cope or might not be safe, you don't have to wait: get help now.";

/** The NHS page the threshold comes from. */
export const NHS_LOW_MOOD_SOURCE = {
  title: "Get help with low mood, sadness or depression",
  publisher: "NHS",
  year: 2021,
  url: "https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/feelings-and-symptoms/low-mood-sadness-depression/",
} satisfies ListedSource;

/** A way to reach a crisis line: a tel: or sms: link and what it says. */
export interface HelpAction {
  href: string;
  label: string;
}

/**
 * Somewhere other than the five countries: Find A Helpline's directory of free,
 * confidential lines, country by country (a source of /help/, below), and the
 * emergency number that works anywhere in the European Union.
 */
export const ANYWHERE_ELSE = {
  line: { href: "https://findahelpline.com/", label: "Find a helpline in your country" },
  directory: "Find A Helpline",
  euEmergency: { number: "112", href: "tel:112" },
} as const;

/** The digits of a number as written ("116 123" → "116123"), for tel: and sms: links. */
export function dialDigits(text: string): string {
  return text.replace(/[^0-9+]/g, "");
}

/**
 * The facts the crisis lines are built from, in the order /help/ lists their
 * sources: each one's number, hours or cost, read from the facts file.
 */
const LINE_FACTS = [
  "samaritans-phone",
  "samaritans-cost",
  "uk-shout-text",
  "ni-lifeline-phone",
  "ie-50808-text",
  "us-988",
  "ca-988",
  "au-lifeline-phone",
  "au-lifeline-text",
  "au-lifeline-cost",
] as const;

/** One way to reach a line from a country's section: what it is, and links that say what they do. */
export interface CountryLine {
  name: string;
  /** Where in the country, when it is not all of it ("In Northern Ireland"). */
  area?: string;
  /** Hours and cost; the number itself is only in the links, so every number is one to tap. */
  how: string;
  /** tel: and sms: links whose text says who and how: "Call Samaritans on 116 123". */
  actions: HelpAction[];
}

/** A country's section on /help/ and in a crisis panel: its emergency number, then its lines. */
export interface HelpCountry {
  region: Region;
  /** "United Kingdom": the section's heading. */
  name: string;
  /** The id of its section on /help/ ("united-kingdom"), for /help/#united-kingdom. */
  anchor: string;
  emergency: { number: string; action: HelpAction };
  lines: CountryLine[];
}

const COUNTRY: Record<Region, { name: string; anchor: string; emergency: string; in: string }> = {
  uk: { name: "United Kingdom", anchor: "united-kingdom", emergency: "999", in: "the UK" },
  ie: { name: "Ireland", anchor: "ireland", emergency: "112", in: "Ireland" },
  us: { name: "United States", anchor: "united-states", emergency: "911", in: "the US" },
  ca: { name: "Canada", anchor: "canada", emergency: "911", in: "Canada" },
  au: { name: "Australia", anchor: "australia", emergency: "000", in: "Australia" },
};

const call = (who: string, number: string): HelpAction => ({
  href: `tel:${dialDigits(number)}`,
  label: `Call ${who} on ${number}`,
});
/** An sms: link; with a `body`, the word the service asks for is written in the message already. */
const smsHref = (number: string, body?: string) =>
  `sms:${dialDigits(number)}${body ? `?body=${encodeURIComponent(body)}` : ""}`;
const text = (who: string, number: string, body?: string): HelpAction => ({
  href: smsHref(number, body),
  label: body ? `Text ${who}: ${body} to ${dialDigits(number)}` : `Text ${who} on ${number}`,
});

/**
 * The crisis lines country by country, in the site's order (the UK first);
 * every number is a tel: or sms: link, and every number, hour and cost comes
 * from the facts file as it reads on `today`.
 */
export function helpCountries(today: Date, facts: readonly Fact[] = FACTS): HelpCountry[] {
  const t = (id: (typeof LINE_FACTS)[number]) => factText(getFact(id, facts), today);
  const samaritans = t("samaritans-phone");
  const shout = t("uk-shout-text");
  const ie = t("ie-50808-text");
  const us = t("us-988");
  const ca = t("ca-988");
  const samaritansLine: CountryLine = {
    name: "Samaritans",
    how: `Open at any time, day or night. The call is ${t("samaritans-cost")}.`,
    actions: [call("Samaritans", samaritans)],
  };
  const shoutKeyword = shout.split(" ")[0] ?? "";
  const lines: Record<Region, CountryLine[]> = {
    uk: [
      samaritansLine,
      {
        name: "Shout",
        how: "If talking is hard, text at any time. It is free, and a trained volunteer texts back.",
        actions: [text("Shout", shout, shoutKeyword)],
      },
      {
        name: "Lifeline",
        area: "In Northern Ireland",
        how: "Open at any time. The call is free.",
        actions: [call("Lifeline", t("ni-lifeline-phone"))],
      },
    ],
    ie: [
      samaritansLine,
      {
        name: "50808",
        how: "Text at any time. It is free, and a trained volunteer texts back.",
        actions: [{ href: `sms:${dialDigits(ie)}`, label: `Text ${ie}, free text support` }],
      },
    ],
    us: [
      {
        name: "988 Suicide & Crisis Lifeline",
        how: "Call or text at any time. It is free.",
        actions: [call("the 988 Lifeline", us), text("the 988 Lifeline", us)],
      },
    ],
    ca: [
      {
        name: "9-8-8: Suicide Crisis Helpline",
        how: "Call or text at any time. It is toll free.",
        actions: [call("the Suicide Crisis Helpline", ca), text("the Suicide Crisis Helpline", ca)],
      },
    ],
    au: [
      {
        name: "Lifeline",
        how: `Call or text at any time. A call is ${t("au-lifeline-cost")}.`,
        actions: [
          call("Lifeline", t("au-lifeline-phone")),
          text("Lifeline", t("au-lifeline-text")),
        ],
      },
    ],
  };
  return REGIONS.map((region) => {
    const c = COUNTRY[region];
    return {
      region,
      name: c.name,
      anchor: c.anchor,
      emergency: {
        number: c.emergency,
        action: {
          href: `tel:${c.emergency}`,
          label: `Call ${c.emergency} in ${c.in}`,
        },
      },
      lines: lines[region],
    };
  });
}

/** The text lines as links, for the help box: where each works, and what to send where. */
export function textLineLinks(
  today: Date,
  facts: readonly Fact[] = FACTS,
): { where: string; place: string; text: string; action: HelpAction }[] {
  const t = (id: string) => factText(getFact(id, facts), today);
  const shout = t("uk-shout-text");
  // The accessible name holds the words on screen ("SHOUT to 85258"), then where.
  const line = (where: string, place: string, text: string, body?: string) => ({
    where,
    place,
    text,
    action: { href: smsHref(text, body), label: `Text ${text} ${where}` },
  });
  return [
    line("in the UK", "UK", shout, shout.split(" ")[0]),
    line("in Ireland", "Ireland", t("ie-50808-text")),
    line("in the US and Canada", "US and Canada", t("us-988")),
    line("in Australia", "Australia", t("au-lifeline-text")),
  ];
}

/** Where to call when help is urgent but it is not an emergency, in one part of the UK. */
export interface UrgentAction {
  where: string;
  action: HelpAction;
  /** What follows the link: "and choose the mental health option". */
  rest: string;
}

/** The facts behind the urgent-but-not-emergency lines, nation by nation. */
const URGENT_FACTS = [
  ["England", "uk-nhs-111-mental-health"],
  ["Scotland", "scot-nhs24-111"],
  ["Wales", "wales-111-press-2"],
] as const;

/**
 * The urgent-but-not-emergency lines as links: 111 in England (its mental health
 * option), Scotland (NHS 24) and Wales (press 2), Lifeline in Northern Ireland.
 */
export function urgentActions(today: Date, facts: readonly Fact[] = FACTS): UrgentAction[] {
  const t = (id: string) => factText(getFact(id, facts), today);
  const ni = t("ni-lifeline-phone");
  return [
    ...URGENT_FACTS.map(([where, id]) => {
      const text = t(id);
      const number = /^[\d ]+/.exec(text)?.[0]?.trim() ?? text;
      return {
        where,
        action: { href: `tel:${dialDigits(number)}`, label: `call ${number}` },
        rest: text.slice(number.length).trim(),
      };
    }),
    {
      where: "Northern Ireland",
      action: { href: `tel:${dialDigits(ni)}`, label: `call Lifeline on ${ni}` },
      rest: "",
    },
  ];
}

const asSource = (s: FactSource): ListedSource => ({ ...s });

/**
 * What the /help/ page rests on: the NHS threshold, each crisis line's own
 * page (through the facts file), Find A Helpline, the EU law behind 112 and
 * Samaritans' guidance on writing about suicide. Each was read before its number or hours were written.
 */
export function helpSources(today: Date, facts: readonly Fact[] = FACTS): ListedSource[] {
  const fromFacts = [...LINE_FACTS, ...URGENT_FACTS.map(([, id]) => id)].map((id) =>
    asSource(factSource(getFact(id, facts), today)),
  );
  const all: ListedSource[] = [
    NHS_LOW_MOOD_SOURCE,
    ...fromFacts,
    {
      title: "Find a helpline",
      publisher: ANYWHERE_ELSE.directory,
      year: 2026,
      url: ANYWHERE_ELSE.line.href,
    },
    {
      // "112 anywhere in the European Union": the law that makes it so, read as legislation.gov.uk
      // keeps it (the version of exit day; the EU's own is on EUR-Lex).
      title:
        "Directive (EU) 2018/1972, Article 109: emergency communications and the single European emergency number",
      publisher: "European Parliament and Council of the European Union",
      year: 2018,
      url: "https://www.legislation.gov.uk/eudr/2018/1972/article/109",
    },
    {
      title: "Samaritans' media guidelines",
      publisher: "Samaritans",
      year: 2026,
      url: "https://www.samaritans.org/about-samaritans/media-guidelines/",
    },
  ];
  return all.filter((s, i) => all.findIndex((o) => o.url === s.url) === i);
}
