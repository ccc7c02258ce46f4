/**
 * The call and text links a self-check's crisis panel puts first: the UK lines
 * from the site's help (src/lib/help.ts), whose numbers come from the facts
 * file as it reads on `today`. Nothing here types a number.
 */
import { FACTS, type Fact } from "../facts";
import { type HelpAction, helpLines } from "../help";

/** Samaritans' call link, then Shout's text link, as /help/ lists them for the United Kingdom. */
export function ukCrisisActions(today: Date, facts: readonly Fact[] = FACTS): HelpAction[] {
  return helpLines(today, facts)
    .filter((line) => line.where.startsWith("United Kingdom"))
    .flatMap((line) =>
      line.actions.map((a) => ({ href: a.href, label: `${a.label} (${line.name})` })),
    );
}
