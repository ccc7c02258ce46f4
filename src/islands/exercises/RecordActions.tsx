import { Component } from "preact";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { focusSoon } from "../ui/focus";
import { ids } from "./ids";

interface Props {
  /** The record's name as shown. */
  what: string;
  noun: string;
  /** The name it was given ("" if none). */
  name: string;
  onRename: (name: string) => void;
  onDelete: () => void;
}

type Mode = "" | "rename" | "delete";

/** Rename and delete (with an inline confirm) for the open record. */
export class RecordActions extends Component<Props, { mode: Mode; draft: string }> {
  override state = { mode: "" as Mode, draft: "" };

  /** Back to the two buttons, focus on `id`. */
  done(id: string) {
    this.setState({ mode: "" });
    focusSoon(id);
  }

  rename() {
    this.props.onRename(this.state.draft);
    this.done(ids.heading);
  }

  renameForm(draft: string) {
    return (
      <div class="ex-row">
        <label for="ex-name" class="font-bold">
          Name
        </label>
        <input
          id="ex-name"
          class="field-input max-w-xs"
          value={draft}
          maxLength={200}
          autocomplete="off"
          onInput={(e) => this.setState({ draft: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter") this.rename();
            if (e.key === "Escape") this.done("ex-rename");
          }}
        />
        <button type="button" class="btn btn-primary" onClick={() => this.rename()}>
          Save name
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => this.done("ex-rename")}>
          Cancel
        </button>
      </div>
    );
  }

  render({ what, noun, name, onDelete }: Props, { mode, draft }: RecordActions["state"]) {
    if (mode === "rename") return this.renameForm(draft);
    if (mode === "delete")
      return (
        <div class="mt-3">
          <ConfirmInline
            id="ex-confirm-delete"
            question={`Delete “${what}”?`}
            detail="You can undo this straight after."
            confirmLabel={`Yes, delete this ${noun}`}
            onConfirm={onDelete}
            onCancel={() => this.done("ex-delete")}
          />
        </div>
      );
    return (
      <div class="ex-row">
        <button
          id="ex-rename"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ mode: "rename", draft: name });
            focusSoon("ex-name");
          }}
        >
          Rename<span class="ex-sr"> {what}</span>
        </button>
        <button
          id="ex-delete"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ mode: "delete" });
            focusSoon("ex-confirm-delete");
          }}
        >
          Delete<span class="ex-sr"> {what}</span>
        </button>
      </div>
    );
  }
}
