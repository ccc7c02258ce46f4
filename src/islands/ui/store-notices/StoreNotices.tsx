import { Component, type ComponentType } from "preact";
import type { SessionState } from "../../../lib/local-store/session";
import { Notice } from "../notice/Notice";

type TroubleView = ComponentType<{ s: SessionState<unknown>; data: string }>;

/** The words for storage trouble load only when there is some (Trouble.tsx). */
class LazyTrouble extends Component<
  { s: SessionState<unknown>; data: string },
  { View?: TroubleView | undefined }
> {
  override state: { View?: TroubleView | undefined } = {};
  loading = false;

  render({ s, data }: { s: SessionState<unknown>; data: string }) {
    const { View } = this.state;
    const bad = s.trouble || s.readOnly || s.damaged;
    if (bad && !View && !this.loading) {
      this.loading = true;
      import("./Trouble").then(
        (m) => this.setState({ View: m.default }),
        () => undefined,
      );
    }
    if (!bad) return null;
    return View ? (
      <View s={s} data={data} />
    ) : (
      <Notice tone="danger" role="alert" title="There is a problem with saving in this browser." />
    );
  }
}

interface Props {
  s: SessionState<unknown>;
  /** The id of the Undo notice (focus moves there after a delete). */
  undoId: string;
  /** What was deleted, as the person knows it. */
  deleted: string;
  onUndo: () => void;
  /** The id of the tool's "keep a copy" section, linked from a storage warning. */
  data: string;
}

/** What every tool says above its records: storage trouble, news from another tab, Undo after a delete. */
export function StoreNotices({ s, undoId, deleted, onUndo, data }: Props) {
  return (
    <>
      <LazyTrouble s={s} data={data} />
      {s.notice && <Notice title={s.notice} role="status" />}
      {s.undo && (
        <Notice id={undoId} tone="success" title={`“${deleted}” was deleted.`} focusable>
          <p>
            <button type="button" class="btn btn-secondary" onClick={onUndo}>
              Undo delete
            </button>
          </p>
        </Notice>
      )}
    </>
  );
}
