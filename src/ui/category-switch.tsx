import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Category, Policy } from '../core/policy-types';
import { CategoryDetails } from './category-details';
import { ChoicesContext } from './service-list';
import { useTexts } from './texts';

/** Props of one category in the dialog. */
export interface CategorySwitchProps {
  category: Category;
  policy: Policy;
  /** The switch's state in progress (not yet saved). */
  checked: boolean;
  /** Every switch's state in progress, services' too (category id or service id → on). @default none */
  pending?: Record<string, boolean>;
  /** A category or, from the details, a service (`data-kelisim-service`) was switched. */
  onToggle(id: string, checked: boolean): void;
  /**
   * Render the details with the dialog (a small policy: cheap, and find-in-page reaches them),
   * or only when first opened, a step at a time (a large one: opening the dialog stays quick).
   */
  eager: boolean;
}

/**
 * One consent category: a native checkbox with `role="switch"` and a visible label, its
 * description, and expandable details, where each service has a switch of its own.
 * `necessary` is always on and cannot be switched off. With some of its services on and some
 * off the category's switch is mixed (`aria-checked="mixed"`, drawn as indeterminate); flipping
 * it turns them all on (or, when all are on, off).
 */
export function CategorySwitch({ category, policy, checked, pending, onToggle, eager }: CategorySwitchProps) {
  const { tb, pb, t } = useTexts();
  const [opened, setOpened] = useState(eager);
  const input = useRef<HTMLInputElement>(null);
  const necessary = category.id === 'necessary';
  const states = necessary || !pending ? [] : category.services.map((s) => !!pending[s.id]);
  const mixed = !checked && states.some(Boolean);
  // `indeterminate` is a property only; it draws the mixed state.
  useLayoutEffect(() => void (input.current && (input.current.indeterminate = mixed)), [mixed]);
  return (
    <section class="cat">
      <label class="switch">
        <input
          ref={input}
          type="checkbox"
          role="switch"
          data-kelisim-category={category.id}
          checked={necessary || checked}
          aria-checked={mixed ? 'mixed' : undefined}
          disabled={necessary}
          onChange={(event) => onToggle(category.id, event.currentTarget.checked)}
        />
        <span>
          {pb(category.title)}
          {necessary && <span class="tag">{t('alwaysOn')}</span>}
        </span>
      </label>
      <p>{pb(category.description)}</p>
      {/* The first toggle of a closed <details> is its opening. */}
      <details onToggle={() => setOpened(true)}>
        <summary>{tb('details')}</summary>
        {opened && (
          <ChoicesContext.Provider value={necessary || !pending ? null : { pending, onToggle }}>
            <CategoryDetails category={category} policy={policy} progressive={!eager} />
          </ChoicesContext.Provider>
        )}
      </details>
    </section>
  );
}
