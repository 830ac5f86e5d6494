import type { Category, DataCategory } from '../../../../src/core/policy-types';
import { useBuilder } from '../builder-context';
import { emptyTexts } from '../empty-texts';
import { ChoiceField, FlagField, NumberField, TextField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { OptionalTexts } from '../optional-texts';
import { BuilderSection } from './builder-section';
import { UNITS } from './lifetime-field';

const GROUNDS = ['consent', 'contract', 'legal-obligation', 'legitimate-interest'] as const;

/** The data categories a purpose processes, as checkboxes of the draft's data categories. */
function PurposeData(props: { path: string }) {
  const { store, t, lang } = useBuilder();
  const all = ((store.at('$.dataCategories') as DataCategory[] | undefined) ?? []).filter((d) => d?.id);
  const chosen = (store.at(props.path) as string[] | undefined) ?? [];
  return (
    <fieldset class="choices">
      <legend>{t('data')}</legend>
      {all.map((d, i) => (
        <label class="check" key={d.id}>
          <input
            type="checkbox"
            data-path={i === 0 ? props.path : undefined}
            data-data-id={d.id}
            checked={chosen.includes(d.id)}
            onChange={(e) => store.set(props.path, e.currentTarget.checked ? [...chosen, d.id] : chosen.filter((id) => id !== d.id))}
          />
          <span>{d.title?.[lang] || d.id}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How long the purpose's data are kept: a period (counted from an event, maybe a ceiling) or a rule. */
function RetentionFields(props: { path: string }) {
  const { store, t } = useBuilder();
  const value = store.at(props.path) as Record<string, unknown> | undefined;
  const kind = !value ? '' : 'rule' in value ? 'rule' : 'period';
  return (
    <fieldset class="retention">
      <legend>{t('retention')}</legend>
      <select
        data-path={props.path}
        aria-label={t('retention')}
        value={kind}
        onChange={(e) => {
          const next = e.currentTarget.value;
          store.set(props.path, next === 'period' ? { amount: 1, unit: 'year' } : next === 'rule' ? { rule: emptyTexts() } : undefined);
        }}
      >
        <option value="">{t('none')}</option>
        <option value="period">{t('amount')}</option>
        <option value="rule">{t('text')}</option>
      </select>
      {kind === 'period' && (
        <>
          <div class="row">
            <NumberField path={`${props.path}.amount`} label="amount" />
            <ChoiceField path={`${props.path}.unit`} label="unit" options={UNITS.map((u) => [u, t(`unit.${u}`)] as const)} />
            <FlagField path={`${props.path}.upTo`} label="upTo" />
          </div>
          <OptionalTexts path={`${props.path}.after`} label="after" />
        </>
      )}
      {kind === 'rule' && <TextsField path={`${props.path}.rule`} label="text" multiline />}
    </fieldset>
  );
}

/** Why data are processed: title, data, legal ground, retention, consent category. */
export function PurposesSection() {
  const { store, t, lang } = useBuilder();
  const categories = ((store.at('$.categories') as Category[] | undefined) ?? []).filter((c) => c?.id);
  return (
    <BuilderSection name="purposes">
      <OptionalTexts path="$.summary" label="summary" />
      <ListField
        path="$.purposes"
        label="section.purposes"
        make={() => ({ id: '', title: emptyTexts(), data: [], ground: 'consent' })}
        heading={(item) => (item as { id?: string }).id ?? ''}
        item={(path) => (
          <>
            <TextField path={`${path}.id`} label="id" />
            <TextsField path={`${path}.title`} label="title" />
            <PurposeData path={`${path}.data`} />
            <div class="row">
              <ChoiceField path={`${path}.ground`} label="ground" optional options={GROUNDS.map((g) => [g, t(`ground.${g}`)] as const)} />
              <ChoiceField
                path={`${path}.category`}
                label="category"
                optional
                options={categories.map((c) => [c.id, c.title?.[lang] || c.id] as const)}
              />
            </div>
            <RetentionFields path={`${path}.retention`} />
            <OptionalTexts path={`${path}.consentIn`} label="consentIn" />
            <OptionalTexts path={`${path}.withdrawIn`} label="withdrawIn" />
          </>
        )}
      />
    </BuilderSection>
  );
}
