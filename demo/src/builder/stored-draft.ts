/** Where the builder keeps the draft between visits: the JSON view's text, as typed. */
const KEY = 'kelisim-builder-draft';

/** The draft saved on an earlier visit, if any. */
export function readStoredDraft(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Save the draft's text (or forget it with `null`: "start over"). */
export function storeDraft(text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, text);
  } catch {
    // Private mode or a full storage: the draft lasts this visit only.
  }
}
