/**
 * Time-sensitive facts in ONE place: phone and text numbers, hours, costs,
 * time limits, who runs a service. Articles write <Fact id="…" /> and /help/
 * reads these entries, so a number or a limit is changed here and nowhere else.
 *
 * Each fact says where it comes from (the primary source, read before writing),
 * when it was last checked against that source, and, when a change is already
 * scheduled (a new law coming into force, a number being retired), the date it
 * takes effect and the wording that applies from then. The build names every
 * fact whose change date has passed or whose check is older than its review
 * cycle; the content test fails once a change is more than 30 days past and
 * nobody has checked the fact since.
 *
 * Writers: to add a fact, append ONE entry at the end of FACTS, in this shape.
 * Dates are written "YYYY-MM-DD".
 */

import { daysBetween } from "./review-dates";

export interface FactSource {
  title: string;
  /** An organisation, or the authors (or both). */
  publisher?: string;
  authors?: string;
  year: number;
  url: string;
}

/** A change with a date in the official record: from `on`, the fact reads `text`. */
export interface ScheduledChange {
  /** The day the change takes effect ("YYYY-MM-DD"). */
  on: string;
  /** The fact's wording from that day on: what it means for readers once it has happened. */
  text: string;
  /** Where the change is set out, if not in the fact's own source. */
  source?: FactSource;
}

/**
 * A change that the law or the service has announced but whose start date is
 * not yet fixed in the official record. The fact keeps its current wording;
 * the build asks for a fresh check every PENDING_RECHECK_DAYS until someone
 * can replace this with a ScheduledChange (or the plan is dropped).
 */
export interface PendingChange {
  /** What will change, in plain words. */
  text: string;
  /** What was said about timing, in the source's own terms ("no earlier than October 2026"). */
  expected: string;
  source: FactSource;
}

export interface Fact {
  /** Kebab-case, unique: what <Fact id="…" /> names. */
  id: string;
  /** The wording as rendered, fitting mid-sentence (no full stop at the end). */
  text: string;
  source: FactSource;
  /** The day someone last read the source and confirmed the wording ("YYYY-MM-DD"). */
  checked: string;
  /** How often to re-check it, in days (default FACT_REVIEW_DAYS). */
  reviewEveryDays?: number;
  change?: ScheduledChange;
  pending?: PendingChange;
}

/** How old a check may grow before the build asks for another (the articles' own cycle: a year). */
export const FACT_REVIEW_DAYS = 365;
/** How long after a scheduled change the content test allows before the fact must be re-checked. */
export const CHANGE_GRACE_DAYS = 30;
/** How often a fact with an announced but undated change must be re-checked. */
export const PENDING_RECHECK_DAYS = 30;
/** Crisis lines: numbers and hours are re-read against the service's own page twice a year. */
const CRISIS_LINE_DAYS = 182;

const samaritans: FactSource = {
  title: "Contact Samaritans",
  publisher: "Samaritans",
  year: 2026,
  url: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
};
const shout: FactSource = {
  title: "FAQ",
  publisher: "Shout 85258 (Mental Health Innovations)",
  year: 2024,
  url: "https://giveusashout.org/about-us/faq/",
};
const lifelineAu: FactSource = {
  title: "Lifeline: 24/7 crisis support",
  publisher: "Lifeline Australia",
  year: 2026,
  url: "https://www.lifeline.org.au/",
};
const employmentRightsAct: FactSource = {
  title:
    "Employment Rights Act 2025, section 152 and Schedule 12 (increase in time limits for making claims)",
  publisher: "legislation.gov.uk",
  year: 2025,
  url: "https://www.legislation.gov.uk/ukpga/2025/36/section/152",
};

export const FACTS: Fact[] = [
  {
    id: "samaritans-phone",
    text: "116 123",
    source: samaritans,
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "samaritans-cost",
    text: "free from landlines and mobiles, including pay-as-you-go phones with no credit",
    source: samaritans,
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "uk-shout-text",
    text: "SHOUT to 85258",
    source: shout,
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "ie-50808-text",
    text: "50808",
    source: {
      title: "50808: free 24/7 text support",
      publisher: "50808 (funded by the HSE)",
      year: 2026,
      url: "https://text50808.ie/",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "ni-lifeline-phone",
    text: "0808 808 8000",
    source: {
      title: "About Lifeline",
      publisher: "Lifeline (Northern Ireland)",
      year: 2026,
      url: "https://www.lifelinehelpline.info/page/about.html",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "us-988",
    text: "988",
    source: {
      title: "988 Suicide & Crisis Lifeline",
      publisher: "988 Suicide & Crisis Lifeline",
      year: 2026,
      url: "https://988lifeline.org/",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "ca-988",
    text: "9-8-8",
    source: {
      title: "What to expect when you call or text 9-8-8",
      publisher: "9-8-8: Suicide Crisis Helpline (Centre for Addiction and Mental Health)",
      year: 2026,
      url: "https://988.ca/get-help/what-to-expect",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "au-lifeline-phone",
    text: "13 11 14",
    source: lifelineAu,
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "au-lifeline-text",
    text: "0477 13 11 14",
    source: lifelineAu,
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "au-lifeline-cost",
    text: "free from mobiles; from a landline it costs the price of a local call",
    source: {
      title: "Telephone crisis support: frequently asked questions",
      publisher: "Lifeline Harbour to Hawkesbury (a Lifeline Australia centre)",
      year: 2026,
      url: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "uk-nhs-111-mental-health",
    text: "111 and choose the mental health option",
    source: {
      title: "Where to get urgent help for mental health",
      publisher: "NHS",
      year: 2026,
      url: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "scot-nhs24-111",
    text: "111 (NHS 24) if you need support with mental health distress",
    source: {
      title: "When to phone 111",
      publisher: "NHS 24",
      year: 2026,
      url: "https://www.nhs24.scot/111/",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "wales-111-press-2",
    text: "111 and press 2 to reach a mental health worker in your area",
    source: {
      title: "More than 200,000 calls to urgent mental health service",
      publisher: "Welsh Government (as published by Wired-Gov)",
      year: 2025,
      url: "https://www.wired-gov.net/wg/news.nsf/articles/more+than+200000+calls+to+urgent+mental+health+service+10102025161000?open",
    },
    checked: "2026-12-07",
    reviewEveryDays: CRISIS_LINE_DAYS,
  },
  {
    id: "uk-tribunal-time-limit",
    text: "three months less one day from the act you are complaining about (for a job rejection, usually the day the decision was made; if you are not sure when that was, count from the earliest day it could have been)",
    source: {
      title: "Equality Act 2010, section 123 (time limits)",
      publisher: "legislation.gov.uk",
      year: 2010,
      url: "https://www.legislation.gov.uk/ukpga/2010/15/section/123",
    },
    checked: "2026-12-07",
    reviewEveryDays: PENDING_RECHECK_DAYS,
    pending: {
      text: "the Employment Rights Act 2025 raises the limit for most claims in Great Britain, including discrimination claims, from three months to six months, once the government brings that part of the Act into force",
      expected:
        "the government's July 2025 roadmap listed it for October 2026; law firms quote its updated timetable of 3 February 2026 as “no earlier than October 2026” (we could not read that timetable on GOV.UK). On 2026-12-07 we could not confirm a start date: the only commencement regulations we could read in the record (No. 1, SI 2026/3; No. 2 (Amendment), SI 2026/323) do not include section 152, and a further search found no others. Check legislation.gov.uk's list of commencement regulations for the Act first",
      source: employmentRightsAct,
    },
  },
  {
    id: "uk-early-conciliation-period",
    text: "up to 12 weeks (for notifications to Acas made on or after 1 December 2025)",
    source: {
      title:
        "The Employment Tribunals (Early Conciliation: Exemptions and Rules of Procedure) (Amendment) Regulations 2025 (SI 2025/1153)",
      publisher: "legislation.gov.uk",
      year: 2025,
      url: "https://www.legislation.gov.uk/uksi/2025/1153/made",
    },
    checked: "2026-12-07",
  },
  {
    id: "ni-tribunal-time-limit",
    text: "three or six months from what happened, depending on the type of claim, with the clock paused while the Labour Relations Agency offers early conciliation",
    source: {
      title: "Early conciliation",
      publisher: "nidirect (Northern Ireland government)",
      year: 2026,
      url: "https://www.nidirect.gov.uk/articles/early-conciliation",
    },
    checked: "2026-12-07",
  },
  {
    id: "uk-sar-time-limit",
    text: "one month, which it can extend by up to two more months if the request is complex (it must tell you within the first month)",
    source: {
      title: "What should we consider when responding to a request?",
      publisher: "Information Commissioner's Office (ICO)",
      year: 2026,
      url: "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/",
    },
    checked: "2026-12-07",
  },
  {
    id: "us-eeoc-filing-limit",
    text: "180 calendar days from the decision, or 300 days where a state or local agency enforces a law against the same kind of discrimination (for age, only a state law extends it)",
    source: {
      title: "Time limits for filing a charge",
      publisher: "U.S. Equal Employment Opportunity Commission",
      year: 2026,
      url: "https://www.eeoc.gov/time-limits",
    },
    checked: "2026-12-07",
  },
  {
    id: "us-eeoc-employer-size",
    text: "15 or more employees (20 or more for age discrimination) for at least 20 weeks this year or last",
    source: {
      title: "Coverage of business/private employers",
      publisher: "U.S. Equal Employment Opportunity Commission",
      year: 2026,
      url: "https://www.eeoc.gov/coverage-businessprivate-employers",
    },
    checked: "2026-12-07",
  },
  {
    id: "ca-pipeda-access-time",
    text: "30 days, which it can extend by up to 30 more days if it tells you why",
    source: {
      title: "Responding to access to information requests under PIPEDA",
      publisher: "Office of the Privacy Commissioner of Canada",
      year: 2014,
      url: "https://www.priv.gc.ca/en/privacy-topics/accessing-personal-information/obligations-for-organizations/02_05_d_54_ati_02/",
    },
    checked: "2026-12-07",
  },
  {
    id: "ie-wrc-time-limit",
    text: "six months from the most recent act of discrimination, which the Workplace Relations Commission can extend to 12 months if you had reasonable cause for the delay",
    source: {
      title: "Disputes about equality and discrimination",
      publisher: "Citizens Information (Citizens Information Board, Ireland)",
      year: 2026,
      url: "https://www.citizensinformation.ie/en/employment/enforcement_and_redress/equality_tribunal.html",
    },
    checked: "2026-12-07",
  },
  {
    id: "au-privacy-act-small-business",
    text: "$3 million",
    source: {
      title:
        "Privacy business resource 10: Does my small business need to comply with the Privacy Act?",
      publisher: "Office of the Australian Information Commissioner",
      year: 2026,
      url: "https://www.oaic.gov.au/agencies-and-organisations/business-resources/privacy-business-resource-10",
    },
    checked: "2026-12-07",
  },
  {
    id: "england-adult-careers-service",
    text: "free careers advice for adults comes from the National Careers Service, run for the Department for Education",
    source: {
      title: "National Careers Service: Staff (written question 100532, answered 7 January 2026)",
      publisher: "UK Parliament, written questions and answers",
      year: 2026,
      url: "https://questions-statements.parliament.uk/written-questions/detail/2025-12-16/100532",
    },
    checked: "2026-12-07",
    reviewEveryDays: PENDING_RECHECK_DAYS,
    change: {
      on: "2026-10-01",
      // The official record (this answer, January 2026) gives the plan and its date only; on 2026-12-07 we could
      // find no official record confirming the move had happened or saying how adults now reach an adviser.
      text: "free careers advice for adults was due to move from the National Careers Service, run for the Department for Education, to the Department for Work and Pensions on 1 October 2026, when the old contracts ended, as the government said in January 2026",
    },
  },
  {
    id: "uk-universal-credit-first-payment",
    text: "usually about 5 weeks after you apply",
    source: {
      title: "Help while waiting for your first Universal Credit payment",
      publisher: "MoneyHelper (Money and Pensions Service, backed by the UK Government)",
      year: 2026,
      url: "https://www.moneyhelper.org.uk/en/benefits/universal-credit/help-while-waiting-for-first-universal-credit-payment",
    },
    checked: "2026-12-07",
  },
  {
    id: "uk-new-style-jsa-length",
    text: "up to 182 days (about 6 months)",
    source: {
      title: "New Style Jobseeker's Allowance: eligibility",
      publisher: "GOV.UK",
      year: 2026,
      url: "https://www.gov.uk/jobseekers-allowance/eligibility",
    },
    checked: "2026-12-07",
  },
  {
    id: "step-change-phone",
    text: "0800 138 1111 (free, including from mobiles)",
    source: {
      title:
        "What debts to pay first (the page gives the charity's freephone number, free from all mobiles)",
      publisher: "StepChange Debt Charity",
      year: 2026,
      url: "https://www.stepchange.org/debt-info/dealing-with-debt-problems/what-debts-to-pay-first.aspx",
    },
    checked: "2026-12-07",
    reviewEveryDays: 180,
  },
  {
    id: "us-ui-first-payment",
    text: "two to three weeks after you file your claim",
    source: {
      title: "How do I apply?",
      publisher: "CareerOneStop, U.S. Department of Labor",
      year: 2026,
      url: "https://www.careeronestop.org/WorkerReEmployment/UnemploymentBenefits/how-do-i-apply.aspx",
    },
    checked: "2026-12-07",
  },
  {
    id: "us-211",
    text: "2-1-1",
    source: {
      title:
        "FCC assigns easy to use phone numbers for community and referral service information (211)",
      publisher: "Federal Communications Commission",
      year: 2000,
      url: "https://transition.fcc.gov/Bureaus/Common_Carrier/News_Releases/2000/nrcc0036.html",
    },
    checked: "2026-12-07",
    reviewEveryDays: 180,
  },
  {
    id: "canada-ei-claim-delay",
    text: "more than four weeks after your last day of work",
    source: {
      title: "EI regular benefits: what these benefits offer",
      publisher: "Employment and Social Development Canada",
      year: 2026,
      url: "https://www.canada.ca/en/services/benefits/ei/ei-regular-benefit.html",
    },
    checked: "2026-12-07",
  },
  {
    id: "au-national-debt-helpline",
    text: "1800 007 007",
    source: {
      title:
        "Privacy policy (names the National Debt Helpline's 1800 007 007 number and its free financial counselling)",
      publisher: "National Debt Helpline (run by Financial Counselling Australia)",
      year: 2026,
      url: "https://ndh.org.au/privacy/",
    },
    checked: "2026-12-07",
    reviewEveryDays: 180,
  },
  {
    id: "uk-civil-service-reserve-list",
    text: "up to 12 months",
    source: {
      title: "Managing candidate reserve lists (vX)",
      publisher: "Civil Service Resourcing, GOV.UK",
      year: 2026,
      url: "https://www.gov.uk/guidance/managing-candidate-reserve-lists-vx",
    },
    checked: "2026-12-07",
  },
  {
    id: "uk-tribunal-breach-of-contract-limit",
    text: "three months less one day from the day the contract ended (for a withdrawn offer, count from the day it was withdrawn)",
    source: {
      title:
        "The Employment Tribunals Extension of Jurisdiction (England and Wales) Order 1994 (SI 1994/1623), article 7; Scotland has a matching Order (SI 1994/1624)",
      publisher: "legislation.gov.uk",
      year: 1994,
      url: "https://www.legislation.gov.uk/uksi/1994/1623/article/7",
    },
    checked: "2026-12-07",
    reviewEveryDays: PENDING_RECHECK_DAYS,
  },
  {
    id: "ew-contract-claim-court-limit",
    text: "six years from the breach of contract, in England and Wales",
    source: {
      title: "Limitation Act 1980, section 5 (time limit for actions founded on simple contract)",
      publisher: "legislation.gov.uk",
      year: 1980,
      url: "https://www.legislation.gov.uk/ukpga/1980/58/section/5",
    },
    checked: "2026-12-07",
  },
  {
    id: "eu-sar-time-limit",
    text: "one month, which it can extend by up to two more months if the request is complex or you have made several (it must tell you within the first month)",
    source: {
      title: "How long will it take? (GDPR Article 12(3))",
      publisher: "Data Protection Commission (Ireland)",
      year: 2026,
      url: "https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take",
    },
    checked: "2026-12-07",
  },
  {
    id: "uk-breathing-space-length",
    text: "up to 60 days",
    source: {
      title: "Debt Respite Scheme (Breathing Space) guidance for creditors",
      publisher: "The Insolvency Service, GOV.UK",
      year: 2023,
      url: "https://www.gov.uk/government/publications/debt-respite-scheme-breathing-space-guidance/debt-respite-scheme-breathing-space-guidance-for-creditors",
    },
    checked: "2026-12-07",
  },
  {
    id: "scotland-moratorium-length",
    text: "six months",
    source: {
      title: "Apply for a moratorium",
      publisher: "mygov.scot (Scottish Government)",
      year: 2026,
      url: "https://www.mygov.scot/apply-for-a-moratorium",
    },
    checked: "2026-12-07",
  },
  {
    id: "uk-access-to-work-interview-rules",
    // Checked on 2026-12-07 against two word-for-word copies of this GOV.UK page (one published by East
    // Cambridgeshire District Council); the GOV.UK page itself could not be read from here. Re-read it first.
    text: "apply before the interview, be 16 or over, live in England, Scotland or Wales, and have an interview there for a paid job or apprenticeship (or a Department for Education supported internship)",
    source: {
      title:
        "Apply for communication support at a job interview if you have a disability or health condition (Access to Work)",
      publisher: "Department for Work and Pensions, GOV.UK",
      year: 2025,
      url: "https://www.gov.uk/guidance/apply-for-communication-support-at-a-job-interview-if-you-have-a-disability-or-health-condition-access-to-work",
    },
    checked: "2026-12-07",
    reviewEveryDays: PENDING_RECHECK_DAYS,
  },
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A "YYYY-MM-DD" date as midnight UTC (throws on anything else). */
export function parseDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (
    !ISO_DAY.test(day) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== day
  ) {
    throw new Error(`"${day}" is not a date like 2026-12-07`);
  }
  return date;
}

/** Whole days from the day `from` to `today` (negative when `from` is later). */
function daysSince(from: string, today: Date): number {
  return daysBetween(parseDay(from), today);
}

/**
 * The day the site is built for: today, or BB_TODAY ("YYYY-MM-DD") to see
 * what the pages and the build log would say on another day, e.g.
 * BB_TODAY=2027-06-01 npm run build.
 */
export function buildDay(fromEnv: string | undefined = process.env.BB_TODAY): Date {
  return fromEnv ? parseDay(fromEnv) : new Date();
}

/** The fact with this id, or undefined. */
export function findFact(id: string, facts: readonly Fact[] = FACTS): Fact | undefined {
  return facts.find((f) => f.id === id);
}

/** The fact with this id; a clear error when there is none. */
export function getFact(id: string, facts: readonly Fact[] = FACTS): Fact {
  const fact = findFact(id, facts);
  if (!fact) {
    throw new Error(
      `No fact "${id}" in src/lib/facts.ts: add it there (id, text, source, checked) before using <Fact id="${id}" />`,
    );
  }
  return fact;
}

/** Whether the fact's scheduled change has taken effect on `today`. */
export function changeHasHappened(fact: Fact, today: Date): boolean {
  return fact.change !== undefined && daysSince(fact.change.on, today) >= 0;
}

/** The wording that applies on `today`: the change's text once it has taken effect. */
export function factText(fact: Fact, today: Date): string {
  return fact.change && changeHasHappened(fact, today) ? fact.change.text : fact.text;
}

/** The source that applies on `today`. */
export function factSource(fact: Fact, today: Date): FactSource {
  return (changeHasHappened(fact, today) && fact.change?.source) || fact.source;
}

export type FactAttention =
  | { kind: "change-passed"; id: string; on: string; daysPast: number }
  | { kind: "check-old"; id: string; checked: string; daysOld: number }
  | { kind: "change-pending"; id: string; checked: string; daysOld: number; expected: string };

/**
 * What the build should say about the facts on `today`: every scheduled change
 * that has taken effect and not been checked since, and every check older than
 * its review cycle.
 */
export function factsNeedingAttention(facts: readonly Fact[], today: Date): FactAttention[] {
  const out: FactAttention[] = [];
  for (const fact of facts) {
    if (fact.change && changeHasHappened(fact, today)) {
      const checkedSince = daysSince(fact.change.on, parseDay(fact.checked)) >= 0;
      if (!checkedSince) {
        out.push({
          kind: "change-passed",
          id: fact.id,
          on: fact.change.on,
          daysPast: daysSince(fact.change.on, today),
        });
      }
    }
    const daysOld = daysSince(fact.checked, today);
    if (fact.pending && daysOld > PENDING_RECHECK_DAYS) {
      out.push({
        kind: "change-pending",
        id: fact.id,
        checked: fact.checked,
        daysOld,
        expected: fact.pending.expected,
      });
    } else if (daysOld > (fact.reviewEveryDays ?? FACT_REVIEW_DAYS)) {
      out.push({ kind: "check-old", id: fact.id, checked: fact.checked, daysOld });
    }
  }
  return out;
}

/** The facts whose scheduled change is more than `graceDays` past with no check since (the content test fails on these). */
export function overdueChanges(
  facts: readonly Fact[],
  today: Date,
  graceDays = CHANGE_GRACE_DAYS,
): FactAttention[] {
  return factsNeedingAttention(facts, today).filter(
    (a) => a.kind === "change-passed" && a.daysPast > graceDays,
  );
}

/** One line for the build log. */
export function attentionMessage(a: FactAttention): string {
  if (a.kind === "change-passed") {
    return `Fact "${a.id}": its scheduled change took effect on ${a.on} (${a.daysPast} days ago) and it has not been checked since: read its source again, then update "checked" in src/lib/facts.ts.`;
  }
  if (a.kind === "change-pending") {
    return `Fact "${a.id}" has an announced change without a date (${a.expected}) and was last checked on ${a.checked} (${a.daysOld} days ago): check whether it has come into force, then update src/lib/facts.ts.`;
  }
  return `Fact "${a.id}" was last checked on ${a.checked} (${a.daysOld} days ago): read its source again and update "checked" in src/lib/facts.ts.`;
}
