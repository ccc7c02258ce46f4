/**
 * The rules for a new passphrase (for a protected backup and for the lock),
 * apart from crypto.ts so that checking a form does not load the encryption.
 */
/** The shortest passphrase the site accepts, for backups and the lock. */
export const MIN_PASSPHRASE = 8;

/**
 * A short list of the passwords people pick most often (and are guessed
 * first), compared without case or spaces. Not a full dictionary: enough to
 * catch the obvious ones without weighing down every page with a form.
 */
const COMMON = new Set(
  // cspell:disable
  [
    "password",
    "password1",
    "password12",
    "password123",
    "passw0rd",
    "p@ssword",
    "p@ssw0rd",
    "passphrase",
    "12345678",
    "123456789",
    "1234567890",
    "87654321",
    "11223344",
    "12341234",
    "qwertyui",
    "qwertyuiop",
    "qwerty123",
    "1q2w3e4r",
    "1qaz2wsx",
    "asdfghjk",
    "zxcvbnm1",
    "abcd1234",
    "abc12345",
    "abcdefgh",
    "iloveyou",
    "iloveyou1",
    "letmein1",
    "letmeinnow",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "superman",
    "starwars",
    "whatever",
    "trustno1",
    "welcome1",
    "welcome123",
    "changeme",
    "admin123",
    "computer",
    "internet",
    "monkey123",
    "dragon123",
    "secret123",
    "mypassword",
    // cspell:enable
  ].map((p) => p.replace(/\s/g, "")),
);

/** Why a new passphrase would be easy to guess, or null. Length is checked separately. */
function weakness(pass: string): string | null {
  const squeezed = pass.replace(/\s/g, "");
  if (squeezed.length < MIN_PASSPHRASE)
    return `Spaces do not count towards the ${MIN_PASSPHRASE} characters. Add a few more letters or words.`;
  if (COMMON.has(squeezed.toLowerCase()))
    return "That is one of the passwords people choose most often, so it would be among the first guessed. Try a few words that mean something to you, such as a short line only you would think of.";
  if (new Set(squeezed.toLowerCase()).size < 4)
    return "That repeats the same few characters, so it would be quick to guess. Try a few different words instead.";
  return null;
}

/** Checks a new passphrase typed twice: null when it will do, or what to fix and where. */
export function checkNewPassphrase(
  pass: string,
  again: string,
): { error: string; field: "pass" | "again" } | null {
  if (pass.length < MIN_PASSPHRASE)
    return { error: `Enter a passphrase of ${MIN_PASSPHRASE} characters or more.`, field: "pass" };
  const weak = weakness(pass);
  if (weak) return { error: weak, field: "pass" };
  if (pass !== again)
    return { error: "The two passphrases are not the same. Type them again.", field: "again" };
  return null;
}
