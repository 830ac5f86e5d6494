import type { ComponentChildren } from 'preact';
import type { Localized } from '../core/policy-types';
import { useTexts } from '../ui/texts';

/** Policy texts joined by `separator`, each marked with its own `lang` when it fell back. */
export function Joined({ items, separator = ', ' }: { items: (Localized | string)[]; separator?: string }) {
  const { p } = useTexts();
  return (
    <>
      {items.map((item, i) => (
        <>
          {i > 0 && separator}
          {typeof item === 'string' ? item : p(item)}
        </>
      ))}
    </>
  );
}

/**
 * The interface sentence `id` with `slot` put where its `{{slot}}` is, so a policy text inside
 * it keeps its own `lang` mark (an interpolated string would lose it).
 */
export function Sentence({ id, values, slot, children }: { id: string; values?: Record<string, string>; slot: string; children: ComponentChildren }) {
  const { t } = useTexts();
  const [before, after] = t(id, { ...values, [slot]: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
