/**
 * localStorage can throw (private browsing, storage turned off, quota). A preference that
 * cannot be remembered must never break the page, so every access goes through here.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not remembered this time; the choice still holds for this visit.
  }
}
