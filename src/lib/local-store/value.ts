/**
 * One small value (the theme choice) read and written safely: storage that is
 * missing, blocked or full gives null or false, never an error. It imports
 * nothing, so the theme toggle on every page stays a single small file.
 */

type ValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const local = (): ValueStorage => localStorage;

/** One value, or null when it is missing or storage cannot be read. */
export function getValue(key: string, getStorage = local): string | null {
  try {
    return getStorage().getItem(key);
  } catch {
    return null;
  }
}

/** Writes (or, with null, removes) one value; false if storage refused. */
export function setValue(key: string, value: string | null, getStorage = local): boolean {
  try {
    const s = getStorage();
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
