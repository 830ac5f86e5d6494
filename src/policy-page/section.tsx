import type { ComponentChildren } from 'preact';
import { useTexts } from '../ui/texts';

/** The anchor of a section: `#kelisim-policy-<id>`. */
export const sectionAnchor = (id: string): string => `kelisim-policy-${id}`;

/** A numbered section of the notice with its own anchor; its heading is `page.section.<id>`. */
export function Section({ id, number, children }: { id: string; number: number; children: ComponentChildren }) {
  const { t } = useTexts();
  const anchor = sectionAnchor(id);
  return (
    <section id={anchor} aria-labelledby={anchor + '-title'}>
      <h2 id={anchor + '-title'}>
        {number}. {t('page.section.' + id)}
      </h2>
      {children}
    </section>
  );
}

/** `label: value` on a line of its own. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <li>
      <span class="kelisim-page-label">{label}:</span> {children}
    </li>
  );
}
