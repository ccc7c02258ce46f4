import { Component, type ComponentChildren } from "preact";
import { ConfirmInline } from "../confirm-inline/ConfirmInline";
import { focusSoon } from "../focus";

interface DataProps {
  id: string;
  /** The about page's address (through url()), where the site-wide backup and "Delete all my data" are. */
  about: string;
  what: string;
  empty: boolean;
  readOnly: boolean;
  children?: ComponentChildren;
  onDeleteAll: () => boolean;
}

/** A tool's "Your data": exports (the children), and delete everything of this tool with confirmation. */
export class ToolData extends Component<DataProps, { confirming: boolean; gone: boolean }> {
  override state = { confirming: false, gone: false };

  render({ id, about, what, empty, readOnly, children, onDeleteAll }: DataProps) {
    const { confirming, gone } = this.state;
    return (
      <section aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} tabIndex={-1}>
          Your data
        </h2>
        <p class="mt-2">
          Everything here stays in this browser. The{" "}
          <a href={`${about}#backup`}>site-wide backup</a> includes your {what}, and{" "}
          <a href={`${about}#delete-all`}>Delete all my data</a> removes them with everything else.
          You can also save a copy to read.
        </p>
        <div class="tl-row">
          {children}
          {!confirming && !readOnly && !empty && (
            <button
              id={`${id}-delete`}
              type="button"
              class="btn btn-danger"
              onClick={() => {
                this.setState({ confirming: true, gone: false });
                focusSoon(`${id}-confirm`);
              }}
            >
              Delete all my {what}
            </button>
          )}
        </div>
        {confirming && (
          <ConfirmInline
            id={`${id}-confirm`}
            question={`Delete all your ${what}?`}
            detail="This cannot be undone. Export a copy first if you want to keep them."
            confirmLabel={`Yes, delete all my ${what}`}
            onConfirm={() => {
              const ok = onDeleteAll();
              this.setState({ confirming: false, gone: ok });
              focusSoon(`${id}-h`);
            }}
            onCancel={() => {
              this.setState({ confirming: false });
              focusSoon(`${id}-delete`);
            }}
          />
        )}
        <p role="status" class="mt-2">
          {gone ? `All your ${what} were deleted.` : ""}
        </p>
      </section>
    );
  }
}
