import { Component } from "preact";
import { dayText } from "../../lib/days";
import type { Win } from "../../lib/log/model";
import { propsChanged } from "../ui/props-changed";
import { CopyNotice } from "../ui/store-notices/CopyNotice";

interface Props {
  /** The session's records, as they are: the list redraws only when they change. */
  wins: Win[];
  readOnly: boolean;
  onRemove: (w: Win) => void;
  onKeepCopy: (w: Win) => void;
  onDiscardCopy: (w: Win) => void;
}

/** The small wins, newest day first; each can be deleted, and a conflict copy compared. */
export class WinList extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return propsChanged(this.props, next);
  }

  render({ wins, readOnly, onRemove, onKeepCopy, onDiscardCopy }: Props) {
    if (!wins.length) return <p class="mt-4 tl-muted">No small wins logged yet. They all count.</p>;
    const list = [...wins].sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt,
    );
    return (
      <ul class="tl-list" id="log-win-list">
        {list.map((w) => (
          <li key={w.id} class="tl-stage">
            <span class="min-w-0 break-words">
              <span class="tl-muted">{dayText(w.date)}: </span>
              {w.copyOf && "Copy: "}
              {w.text}
              {w.copyOf && (
                <CopyNotice
                  id={`copy-${w.id}`}
                  noun="small win"
                  of={wins.find((x) => x.id === w.copyOf)?.text}
                  onKeep={() => onKeepCopy(w)}
                  onDiscard={() => onDiscardCopy(w)}
                />
              )}
            </span>
            <button type="button" class="tl-link" disabled={readOnly} onClick={() => onRemove(w)}>
              Delete<span class="sr-only"> “{w.text}”</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }
}
