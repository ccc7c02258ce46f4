/**
 * The call and text links a self-check's crisis panel puts first: each
 * country's lines from the site's help (src/lib/help.ts), whose numbers come
 * from the facts file as it reads on `today`. Nothing here types a number.
 */
import { FACTS, type Fact } from "../facts";
import { type HelpAction, helpCountries } from "../help";
import type { Region } from "../help/region";

/** A country's crisis lines for a self-check's crisis panel: its first call and first text, and its part of /help/. */
export interface CrisisCountry {
  region: Region;
  name: string;
  /** /help/#united-kingdom: every line for that country. */
  href: string;
  actions: HelpAction[];
  /** Its emergency number, for "if you might act on these thoughts". */
  emergency: { number: string; href: string };
}

/**
 * For the crisis panel, each country's first call and first text (as /help/
 * names them: "Call Samaritans on 116 123"), in the site's order. The panel
 * leads with the country the browser's language points to (help/region.ts)
 * and keeps the others one tap away.
 */
export function crisisCountries(
  today: Date,
  helpHref: string,
  facts: readonly Fact[] = FACTS,
): CrisisCountry[] {
  return helpCountries(today, facts).map((c) => {
    const actions = c.lines.flatMap((l) => l.actions);
    const call = actions.find((a) => a.href.startsWith("tel:"));
    const text = actions.find((a) => a.href.startsWith("sms:"));
    return {
      region: c.region,
      name: c.name,
      href: `${helpHref}#${c.anchor}`,
      actions: [call, text].filter((a): a is HelpAction => a !== undefined),
      emergency: { number: c.emergency.number, href: c.emergency.action.href },
    };
  });
}
