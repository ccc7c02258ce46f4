/**
 * The rules for a new passphrase (for a protected backup and for the lock),
 * apart from crypto.ts so that checking a form does not load the encryption.
 */
/** The shortest passphrase the site accepts, for backups and the lock. */
export const MIN_PASSPHRASE = 8;

/** Checks a new passphrase typed twice: null when it will do, or what to fix and where. */
export function checkNewPassphrase(
  pass: string,
  again: string,
): { error: string; field: "pass" | "again" } | null {
  if (pass.length < MIN_PASSPHRASE)
    return { error: `Enter a passphrase of ${MIN_PASSPHRASE} characters or more.`, field: "pass" };
  if (pass !== again)
    return { error: "The two passphrases are not the same. Type them again.", field: "again" };
  return null;
}
