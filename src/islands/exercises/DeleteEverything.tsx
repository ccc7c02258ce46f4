import { Component } from "preact";
import type { ExerciseRecord } from "../../lib/exercises/record";
import { DELETES_EVERYTHING } from "../../lib/local-store/delete-all-words";
import type { RecordSession } from "../../lib/local-store/session";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { focusSoon } from "../ui/focus";

interface Props {
  session: RecordSession<ExerciseRecord>;
}

interface State {
  confirm: boolean;
  allDone: "" | "done" | "failed";
}

/** "Delete all my data" (the whole site's, as on /about/), with an inline confirm. */
export class DeleteEverything extends Component<Props, State> {
  override state: State = { confirm: false, allDone: "" };

  confirmed() {
    const trouble = this.props.session.deleteAll();
    this.setState({ confirm: false, allDone: trouble === "failed" ? "failed" : "done" });
    focusSoon("ex-all-done");
  }

  render(_: Props, { confirm, allDone }: State) {
    return (
      <>
        <h3 class="mt-8 text-lg font-bold">Delete all my data</h3>
        <p class="mt-1 mb-3">{DELETES_EVERYTHING}</p>
        {confirm ? (
          <ConfirmInline
            id="ex-confirm-all"
            question="Delete all your data from this browser?"
            detail={`${DELETES_EVERYTHING} It goes in every tab, and cannot be undone.`}
            confirmLabel="Yes, delete everything"
            onConfirm={() => this.confirmed()}
            onCancel={() => {
              this.setState({ confirm: false });
              focusSoon("ex-delete-all");
            }}
          />
        ) : (
          <button
            id="ex-delete-all"
            type="button"
            class="btn btn-danger"
            onClick={() => {
              this.setState({ confirm: true });
              focusSoon("ex-confirm-all");
            }}
          >
            Delete all my data
          </button>
        )}
        {allDone && (
          <p id="ex-all-done" tabIndex={-1} role="status" class="mt-3 font-semibold">
            {allDone === "done"
              ? "All your data on this site has been deleted from this browser."
              : "This browser would not let the page delete its data. You can clear this site’s data in your browser’s settings."}
          </p>
        )}
      </>
    );
  }
}
