import { useState } from 'preact/hooks';
import type { Category, Policy } from '../core/policy-types';
import { CategoryDetails } from './category-details';
import { useTexts } from './texts';

/** Props of one category in the dialog. */
export interface CategorySwitchProps {
  category: Category;
  policy: Policy;
  /** The switch's state in progress (not yet saved). */
  checked: boolean;
  onToggle(id: string, checked: boolean): void;
  /**
   * Render the details with the dialog (a small policy: cheap, and find-in-page reaches them),
   * or only when first opened, a step at a time (a large one: opening the dialog stays quick).
   */
  eager: boolean;
}

/**
 * One consent category: a native checkbox with `role="switch"` and a visible label, its
 * description, and expandable details. `necessary` is always on and cannot be switched off.
 */
export function CategorySwitch({ category, policy, checked, onToggle, eager }: CategorySwitchProps) {
  const { tb, pb, t } = useTexts();
  const [opened, setOpened] = useState(eager);
  const necessary = category.id === 'necessary';
  return (
    <section class="cat">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-kelisim-category={category.id}
          checked={necessary || checked}
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
        {opened && <CategoryDetails category={category} policy={policy} progressive={!eager} />}
      </details>
    </section>
  );
}
