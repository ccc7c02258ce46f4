import { Component } from "preact";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { afterFrame } from "../ui/focus";
import { RecordListItem } from "./RecordListItem";

interface Props {
  records: readonly ExerciseRecord[];
  currentId: string;
  readOnly: boolean;
  noun: string;
  name: (r: ExerciseRecord) => string;
  onOpen: (id: string) => void;
  onCreate: () => void;
}

/** Items drawn in one go: a long list comes in a frame at a time, so no one task is long. */
const CHUNK = 100;

/** The records, newest first (the open one marked), and "Start a new…". */
export class RecordList extends Component<Props, { upTo: number }> {
  override state = { upTo: CHUNK };
  gone = false;

  override componentDidMount() {
    this.more();
  }

  override componentDidUpdate() {
    this.more();
  }

  override componentWillUnmount() {
    this.gone = true;
  }

  /** The next items, once this frame is drawn, while some are still to come. */
  more() {
    const { upTo } = this.state;
    if (upTo >= this.props.records.length) return;
    afterFrame(() => {
      if (!this.gone && this.state.upTo === upTo) this.setState({ upTo: upTo + CHUNK });
    });
  }

  render({ records, currentId, readOnly, noun, name, onOpen, onCreate }: Props) {
    return (
      <>
        <ul class="mt-3 grid gap-1">
          {records.slice(0, this.state.upTo).map((r) => (
            <RecordListItem
              key={r.id}
              id={r.id}
              name={name(r)}
              updatedAt={r.updatedAt}
              current={r.id === currentId}
              onOpen={onOpen}
            />
          ))}
        </ul>
        <p class="mt-4">
          <button
            type="button"
            class="btn btn-secondary w-full"
            disabled={readOnly}
            onClick={onCreate}
          >
            Start a new {noun}
          </button>
        </p>
      </>
    );
  }
}
