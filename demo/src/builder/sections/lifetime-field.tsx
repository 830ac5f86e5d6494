import { useBuilder } from '../builder-context';
import { ChoiceField, NumberField } from '../fields';

/** The time units, shortest first. */
export const UNITS = ['minute', 'hour', 'day', 'month', 'year'] as const;

/** A cookie's lifetime: "session", or an amount of a unit. */
export function LifetimeField(props: { path: string }) {
  const { store, t } = useBuilder();
  const value = store.at(props.path);
  const session = value === 'session';
  return (
    <div class="row">
      <label class="field small">
        <span>{t('lifetime')}</span>
        <select
          data-path={session ? props.path : undefined}
          value={session ? 'session' : 'duration'}
          onChange={(e) => store.set(props.path, e.currentTarget.value === 'session' ? 'session' : { amount: 1, unit: 'year' })}
        >
          <option value="duration">{t('amount')}</option>
          <option value="session">{t('session')}</option>
        </select>
      </label>
      {!session && <NumberField path={`${props.path}.amount`} label="amount" />}
      {!session && <ChoiceField path={`${props.path}.unit`} label="unit" options={UNITS.map((u) => [u, t(`unit.${u}`)] as const)} />}
    </div>
  );
}
