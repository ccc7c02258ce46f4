import { beforeText, type MonthSummary, scoreText } from "../../lib/month/summary";

/** The page's links and the site's one doctor threshold, from month.astro. */
export interface MonthLinks {
  /** url("/log/"), url("/plan/"), the check-in self-check, the "where is it stuck" self-check, url("/help/"). */
  log: string;
  plan: string;
  checkIn: string;
  stuck: string;
  help: string;
  /** DOCTOR_THRESHOLD (src/lib/help.ts). */
  doctor: string;
}

interface Props {
  summary: MonthSummary;
  links: MonthLinks;
  /** The month shown is this month (so far). */
  thisMonth: boolean;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "once", "twice", "3 times". */
const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** "a, b and c". */
function listed(parts: string[]): string {
  return parts.length < 2
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** What the person did, in one sentence: effort first, never outcomes. */
function effort(s: MonthSummary): string {
  return listed(
    [
      s.applications && `sent ${count(s.applications, "application")}`,
      s.interviews && `had ${count(s.interviews, "interview")}`,
      s.weeksKept && `kept a weekly plan in ${count(s.weeksKept, "week")}`,
      s.plansDone.length && `did ${count(s.plansDone.length, "plan")} you set yourself`,
      s.wins.length && `noted ${count(s.wins.length, "small win")}`,
      s.checkIns.length && `checked in with yourself ${times(s.checkIns.length)}`,
    ].filter((p): p is string => typeof p === "string"),
  );
}

/** One month's summary: what was done (applications, plans, wins, check-ins), then outcomes. */
export function MonthReport({ summary: s, links, thisMonth }: Props) {
  if (s.empty)
    return (
      <div class="month-empty" id="month-empty">
        <p class="font-bold">
          Nothing is logged for {s.label}
          {thisMonth ? " yet" : ""}.
        </p>
        <p>
          A quiet month is allowed. Resting, looking after yourself and getting through hard days
          all count, even when none of it is written down.
        </p>
        <p>
          When you feel ready, you could note one small win or an application in your{" "}
          <a href={links.log}>application log</a>, or make one small{" "}
          <a href={links.plan}>if-then plan</a>.
        </p>
      </div>
    );
  const done = effort(s);
  const stats: [string, number, string][] = [
    ["applications", s.applications, "Applications sent"],
    ["interviews", s.interviews, "Interviews"],
    ["weeks-kept", s.weeksKept, "Weeks you kept a plan"],
    ["plans-done", s.plansDone.length, "Plans done"],
    ["wins", s.wins.length, "Small wins"],
    ["check-ins", s.checkIns.length, "Check-ins"],
  ];
  return (
    <>
      <section aria-labelledby="month-did-h">
        <h3 id="month-did-h">What you did</h3>
        {done && (
          <p class="month-lead">
            {thisMonth ? "So far this month you " : `In ${s.label} you `}
            {done}. Each of those took effort, whatever came back.
          </p>
        )}
        {s.interviewsAhead > 0 && (
          <p id="month-ahead">
            You have {count(s.interviewsAhead, "interview")} still to come this month.
          </p>
        )}
        <dl class="month-stats" id="month-stats">
          {stats.map(([id, n, label]) => (
            <div key={id} class="month-stat" data-stat={id}>
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="month-wins-h">
        <h3 id="month-wins-h">Small wins</h3>
        {s.wins.length ? (
          <ul class="month-list" id="month-wins">
            {s.wins.map((w, i) => (
              <li key={`${w.date}-${i}`}>
                <span class="month-when">{w.day}</span> <span class="month-text">{w.text}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            None noted this month. A small win can be anything that moved you on, even a little: you
            can add one, with its day, in your <a href={links.log}>application log</a>.
          </p>
        )}
      </section>

      <section aria-labelledby="month-plans-h">
        <h3 id="month-plans-h">Plans you kept</h3>
        {s.plansKept.length || s.plansDone.length ? (
          <ul class="month-list" id="month-plans">
            {s.plansKept.map((p) => (
              <li key={p.id}>
                <span class="month-text">{p.sentence}</span>{" "}
                <span class="month-when">kept {count(p.weeks, "week")}</span>
              </li>
            ))}
            {s.plansDone.map((p) => (
              <li key={p.id}>
                <span class="month-text">{p.sentence}</span>{" "}
                <span class="month-when">done on {p.day}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            None this month. One small <a href={links.plan}>if-then plan</a> for a time you know is
            coming can make the next step easier.
          </p>
        )}
      </section>

      <section aria-labelledby="month-checks-h">
        <h3 id="month-checks-h">Check-ins</h3>
        {s.checkIns.length ? (
          <ul class="month-list" id="month-check-ins">
            {s.checkIns.map((c, i) => (
              <li key={`${c.day}-${i}`}>
                <span class="month-when">{c.when}</span>{" "}
                <span class="month-text">{c.bandLabel}</span>
                {scoreText(c) && <span class="month-score"> ({scoreText(c)})</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            None this month. <a href={links.checkIn}>How are you taking it?</a> takes a few minutes,
            whenever you would like one.
          </p>
        )}
        {s.before && <p id="month-before">{beforeText(s, "you")}</p>}
        {s.support && (
          <div class="notice notice-warn month-support no-print" id="month-support">
            <p>
              A check-in this month suggested things are hard right now. You do not have to carry
              that alone: <a href={links.help}>Need help now?</a> lists people you can talk to,
              today.
            </p>
            <p>{links.doctor}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="month-stand-h">
        <h3 id="month-stand-h">Where this month’s applications stand</h3>
        {s.stages.length ? (
          <>
            <p>
              The applications you sent or had an interview for this month, by where each stands
              now. An outcome depends on much you cannot see from outside, so these numbers are for
              spotting patterns, not for judging yourself.
            </p>
            <ul class="month-list" id="month-stages">
              {s.stages.map((r) => (
                <li key={r.stage} data-stage={r.stage}>
                  <span class="month-text">{r.label}</span> <strong>{r.count}</strong>
                  {r.stage === "turned-down" && s.turnedDown.length > 0 && (
                    <ul class="month-sub" id="month-turned-down">
                      {s.turnedDown.map((t) => (
                        <li key={t.stage || "not-said"} data-stopped={t.stage || "not-said"}>
                          <span class="month-text">{t.label}</span> <strong>{t.count}</strong>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            {s.turnedDown.length > 0 && (
              <p class="no-print">
                If they often stop at the same stage,{" "}
                <a href={links.stuck}>Where is your search getting stuck?</a> can help you work out
                why.
              </p>
            )}
          </>
        ) : (
          <p>
            No applications sent and no interviews this month. Sometimes a month is for other
            things, and that is fine.
          </p>
        )}
      </section>
    </>
  );
}
