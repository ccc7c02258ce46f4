/**
 * The site's help content in ONE place: the link to /help/, the one threshold
 * for seeing a doctor, and the sources behind them. The WhenToGetHelp component,
 * the /help/ page, the footer and the tests all read from here, so the wording
 * never drifts. Never write another time limit for seeing a doctor anywhere.
 */
import type { Source } from "./article-schema";

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
} satisfies Source;

/** What the /help/ page rests on: each page was read before its number or hours were written. */
export const HELP_SOURCES = [
  NHS_LOW_MOOD_SOURCE,
  {
    title: "Contact Samaritans",
    publisher: "Samaritans",
    year: 2026,
    url: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
  },
  {
    title: "988 Suicide & Crisis Lifeline",
    publisher: "Wyoming Department of Health",
    year: 2026,
    url: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
  },
  {
    title: "9-8-8: Suicide Crisis Helpline",
    publisher: "Canadian Mental Health Association, Saskatoon Branch",
    year: 2023,
    url: "https://cmhasaskatoon.ca/9-8-8/",
  },
  {
    title: "Telephone crisis support: frequently asked questions",
    publisher: "Lifeline Harbour to Hawkesbury",
    year: 2026,
    url: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
  },
  {
    title: "Find a helpline",
    publisher: "Find A Helpline",
    year: 2026,
    url: "https://findahelpline.com/",
  },
  {
    title: "Samaritans' media guidelines",
    publisher: "Samaritans",
    year: 2026,
    url: "https://www.samaritans.org/about-samaritans/media-guidelines/",
  },
] satisfies Source[];
