import { Component } from "preact";
import { formatWhen } from "../../lib/exercises/when";
import { propsChanged } from "../ui/props-changed";

interface Props {
  id: string;
  /** The record's name as shown. */
  name: string;
  updatedAt: number;
  current: boolean;
  onOpen: (id: string) => void;
}

/**
 * One record in the list: its name and when it last changed. Drawn again only
 * when those change, so a keystroke in the open record redraws one item, not
 * a thousand (and formats one date).
 */
export class RecordListItem extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return propsChanged(this.props, next);
  }

  render({ id, name, updatedAt, current, onOpen }: Props) {
    return (
      <li>
        <button
          type="button"
          class="ex-item"
          aria-current={current ? "true" : undefined}
          onClick={() => onOpen(id)}
        >
          <span class="ex-name">{name}</span>
          <span class="ex-when">{formatWhen(updatedAt)}</span>
        </button>
      </li>
    );
  }
}
