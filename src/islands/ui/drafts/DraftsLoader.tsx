import { Component, type ComponentType } from "preact";
import { focusSoon } from "../focus";
import type { DraftsPanelProps } from "./DraftsPanel";

interface Props extends DraftsPanelProps {
  /** The button's words: "Draft a follow-up". */
  label: string;
}

interface State {
  View?: ComponentType<DraftsPanelProps>;
  failed?: boolean;
}

/**
 * A button that loads the drafts panel (DraftsPanel.tsx) on first use, so a
 * tool's first load carries none of it (the pages' JS budget). For a tool
 * that lists many sources, such as the log's cards.
 */
export class DraftsLoader extends Component<Props, State> {
  override state: State = {};

  open = () =>
    import("./DraftsPanel").then(
      (m) => {
        this.setState({ View: m.default, failed: false });
        focusSoon(`draft-${this.props.source.id}-${this.props.kinds[0] ?? "names"}-h`);
      },
      () => this.setState({ failed: true }),
    );

  render({ label, ...panel }: Props, { View, failed }: State) {
    if (View) return <View {...panel} />;
    return (
      <div>
        <button type="button" class="btn btn-secondary mt-3" onClick={this.open}>
          {label}
        </button>
        {failed && (
          <p role="alert" class="mt-2 font-bold text-danger">
            The drafts could not load. Check your connection and try again.
          </p>
        )}
      </div>
    );
  }
}
