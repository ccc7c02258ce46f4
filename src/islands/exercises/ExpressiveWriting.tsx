import { countWords, MAX_TEXT } from "../../lib/exercises/record";
import {
  DAYS,
  type WritingSession,
  writingKind,
  writingLabel,
  writingParts,
  writingStore,
} from "../../lib/exercises/writing";
import { RecordSession } from "../../lib/local-store/session";
import { type BaseProps, ExerciseIsland } from "./ExerciseIsland";
import { ids } from "./ids";
import { WritingTimer } from "./WritingTimer";

interface Props extends BaseProps {
  sessions: { title: string; prompt: string }[];
}

/**
 * Expressive writing: one record per writing session on one of five prompts,
 * a word count, an optional timer (WritingTimer.tsx) that only ever
 * informs, and "write it and let it go": delete it straight after.
 */
export default class ExpressiveWriting extends ExerciseIsland<WritingSession, Props> {
  session = new RecordSession(writingStore(), writingKind);
  noun = "session";
  listHeading = "Your sessions";
  title = "Expressive writing";
  /** The prompt and the timer, then the writing and "let it go", a frame apart (see formParts). */
  override formParts = 2;

  constructor(props: Props) {
    super(props);
    this.init();
  }

  label(r: WritingSession) {
    return writingLabel(r, this.props.sessions);
  }

  parts(r: WritingSession) {
    return writingParts(r, this.props.sessions);
  }

  form(r: WritingSession, readOnly: boolean) {
    const prompt = this.props.sessions[r.day - 1];
    const words = countWords(r.text);
    return (
      <div>
        <div class="ex-field">
          <label for={ids.first} class="ex-label">
            Which day’s prompt
          </label>
          <p id="ex-day-hint" class="ex-hint">
            Five days, one prompt each. Take them in order, or pick the one that fits today.
          </p>
          <select
            id={ids.first}
            class="field-input mt-2 max-w-md"
            aria-describedby="ex-day-hint"
            disabled={readOnly}
            value={String(r.day)}
            onChange={(e) => this.session.edit(r.id, { day: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: DAYS }, (_, i) => (
              <option value={String(i + 1)} key={i}>
                {this.props.sessions[i]?.title ?? `Day ${i + 1}`}
              </option>
            ))}
          </select>
        </div>
        <WritingTimer />
        {this.shown(2) && (
          <>
            <div class="ex-field">
              <label for="ex-text" class="ex-label">
                Your writing
              </label>
              <p id="ex-text-hint" class="ex-hint text-lg text-ink">
                {prompt?.prompt}
              </p>
              <textarea
                id="ex-text"
                autocomplete="off"
                value={r.text}
                rows={14}
                maxLength={MAX_TEXT}
                spellcheck
                readOnly={readOnly}
                aria-describedby="ex-text-hint ex-words"
                class="field-input ex-long min-h-72"
                onInput={(e) => this.session.edit(r.id, { text: e.currentTarget.value })}
              />
              <p id="ex-words" class="mt-1 text-base text-muted">
                {words === 1 ? "1 word" : `${words} words`}
              </p>
            </div>
            <section aria-labelledby="ex-letgo-h" class="mt-8">
              <h3 id="ex-letgo-h" class="text-lg font-bold">
                Write it and let it go
              </h3>
              <p class="mt-1">
                Some people like to keep what they wrote; others feel lighter deleting it straight
                away. Both are fine: the writing is what matters.
              </p>
              {this.state.lazy && !readOnly && (
                <this.state.lazy.LetGo key={r.id} onConfirm={() => this.remove(r)} />
              )}
            </section>
          </>
        )}
      </div>
    );
  }
}
