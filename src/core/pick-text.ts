import type { Lang, Localized } from './policy-types';

/** A text picked from a `Localized`, and the language it is actually written in. */
export interface PickedText {
  text: string;
  lang: Lang;
}

function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The text in `lang`, else the first non-empty one in `order`. The returned `lang` tells the UI
 * when it fell back, so it can mark that part with its own `lang` attribute. When every text is
 * empty, returns the empty text in `lang`.
 */
export function pickText(text: Localized, lang: Lang, order: readonly Lang[]): PickedText {
  if (filled(text[lang])) return { text: text[lang], lang };
  for (const other of order) {
    const candidate = text[other];
    if (filled(candidate)) return { text: candidate, lang: other };
  }
  return { text: text[lang] ?? '', lang };
}
