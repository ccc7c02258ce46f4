import { Component } from "preact";
import { ConfirmInline } from "../ui/confirm-inline/ConfirmInline";
import { focusSoon } from "../ui/focus";

interface Props {
  onConfirm: () => void;
}

/** "Write it and let it go": delete what was just written, after a confirm. */
export class LetGo extends Component<Props, { asking: boolean }> {
  override state = { asking: false };

  render({ onConfirm }: Props, { asking }: { asking: boolean }) {
    return asking ? (
      <div class="mt-3">
        <ConfirmInline
          id="ex-confirm-letgo"
          question="Delete what you wrote in this session?"
          detail="It is removed from this browser. You can undo this straight after."
          confirmLabel="Yes, let it go"
          onConfirm={onConfirm}
          onCancel={() => {
            this.setState({ asking: false });
            focusSoon("ex-letgo");
          }}
        />
      </div>
    ) : (
      <p class="mt-3">
        <button
          id="ex-letgo"
          type="button"
          class="btn btn-secondary"
          onClick={() => {
            this.setState({ asking: true });
            focusSoon("ex-confirm-letgo");
          }}
        >
          Delete this session now
        </button>
      </p>
    );
  }
}
