import { pickText } from '../core/pick-text';
import type { Localized } from '../core/policy-types';
import { useTexts } from './texts';

/** Texts up to this many characters are shown whole; longer ones fold after their first sentence. */
export const FOLD_AFTER = 220;

/** Where `text` folds: after the first sentence that ends past 40 characters, or nowhere (-1). */
export function foldPoint(text: string): number {
  if (text.length <= FOLD_AFTER) return -1;
  const end = /[.!?;:](?=\s)/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    if (match.index >= 40) return text.length - match.index > 60 ? match.index + 1 : -1;
  }
  return -1;
}

/**
 * A policy text as a paragraph; a long one shows its first sentence and folds the rest behind a
 * native `<details>` "More" (keyboard and screen-reader ready, and find-in-page opens it).
 */
export function Fold({ text }: { text: Localized }) {
  const { s, p, t, lang, fallback } = useTexts();
  const full = s(text);
  const at = foldPoint(full);
  if (at < 0) return <p>{p(text)}</p>;
  const own = pickText(text, lang, fallback).lang;
  return (
    <div class="fold" lang={own === lang ? undefined : own}>
      <p>{full.slice(0, at)}</p>
      <details>
        <summary>{t('facts.more')}</summary>
        <p>{full.slice(at).trim()}</p>
      </details>
    </div>
  );
}
