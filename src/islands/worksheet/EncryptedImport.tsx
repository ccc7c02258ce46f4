/**
 * The passphrase step of importing a protected backup (crypto.ts). Loaded only
 * when the chosen file is one. A wrong passphrase, or a file changed or cut
 * short, gets a clear error, and nothing changes.
 */
import { decryptText } from "../../lib/local-store/crypto";
import { OpenProtected } from "../ui/passphrase/OpenProtected";

interface Props {
  id: string;
  name: string;
  text: string;
  onOpened: (plain: string) => void;
  onCancel: () => void;
}

export function EncryptedImport({ id, name, text, onOpened, onCancel }: Props) {
  const open = async (passphrase: string) => {
    const result = await decryptText(text, passphrase);
    if (!result.ok) return result.error;
    onOpened(result.text);
    return null;
  };
  return (
    <OpenProtected
      id={id}
      formId={`${id}-pass`}
      name={name}
      boxClass="ws-box"
      onPassphrase={open}
      onCancel={onCancel}
    >
      Enter the passphrase you chose when you saved it. Nothing changes until you see what it adds.
    </OpenProtected>
  );
}
