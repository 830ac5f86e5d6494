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
}

/**
 * One consent category: a native checkbox with `role="switch"` and a visible label, its
 * description, and expandable details. `necessary` is always on and cannot be switched off.
 */
export function CategorySwitch({ category, policy, checked, onToggle }: CategorySwitchProps) {
  const { tb, pb, t } = useTexts();
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
      <details>
        <summary>{tb('details')}</summary>
        <CategoryDetails category={category} policy={policy} />
      </details>
    </section>
  );
}
