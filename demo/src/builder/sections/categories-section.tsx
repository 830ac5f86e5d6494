import { useState } from 'preact/hooks';
import { SERVICES } from '../../../../src/catalogue/services';
import type { Category } from '../../../../src/core/policy-types';
import { useBuilder } from '../builder-context';
import { addCatalogueService } from '../catalogue-service';
import { emptyTexts } from '../empty-texts';
import { ChoiceField, CountryField, FlagField, TextField, TextsField } from '../fields';
import { newCategory } from '../kz-defaults';
import { ListField } from '../list-field';
import { BuilderSection } from './builder-section';
import { LifetimeField } from './lifetime-field';

/** Pick a service from the catalogue (src/catalogue/): it is filled in, in its usual category. */
function CataloguePicker() {
  const { store, t } = useBuilder();
  const [picked, setPicked] = useState('');
  const add = () => {
    const entry = SERVICES.find((s) => s.id === picked);
    if (!entry) return;
    const categories = (store.at('$.categories') as Category[] | undefined) ?? [];
    store.set('$.categories', addCatalogueService(categories, entry));
    setPicked('');
  };
  return (
    <div class="row catalogue">
      <label class="field grow">
        <span>{t('catalogue')}</span>
        <select data-catalogue value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
          <option value="">{t('cataloguePick')}</option>
          {SERVICES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="button" data-action="add-catalogue-service" disabled={!picked} onClick={add}>
        {t('addService')}
      </button>
    </div>
  );
}

/** One service of a category: name, provider, country, description, cookies, other technologies. */
function ServiceFields(props: { path: string }) {
  const { path } = props;
  return (
    <>
      <div class="row">
        <TextField path={`${path}.id`} label="id" />
        <TextField path={`${path}.name`} label="name" />
        <CountryField path={`${path}.country`} />
      </div>
      <TextsField path={`${path}.provider`} label="provider" />
      <TextsField path={`${path}.description`} label="description" multiline />
      <ListField
        path={`${path}.cookies`}
        label="cookies"
        make={() => ({ name: '', lifetime: { amount: 1, unit: 'year' }, purpose: emptyTexts() })}
        heading={(item) => (item as { name?: string }).name ?? ''}
        item={(cookie) => (
          <>
            <div class="row">
              <TextField path={`${cookie}.name`} label="name" />
              <FlagField path={`${cookie}.prefix`} label="prefix" />
            </div>
            <LifetimeField path={`${cookie}.lifetime`} />
            <TextsField path={`${cookie}.purpose`} label="purpose" />
          </>
        )}
      />
      <ListField
        path={`${path}.technologies`}
        label="technologies"
        make={() => ({ kind: 'local-storage', name: '', purpose: emptyTexts() })}
        heading={(item) => (item as { name?: string }).name ?? ''}
        item={(tech) => (
          <>
            <div class="row">
              <ChoiceField
                path={`${tech}.kind`}
                label="kind"
                options={[['pixel', 'pixel'], ['local-storage', 'localStorage'], ['session-storage', 'sessionStorage'], ['sdk', 'SDK']]}
              />
              <TextField path={`${tech}.name`} label="name" />
            </div>
            <TextsField path={`${tech}.purpose`} label="purpose" />
          </>
        )}
      />
    </>
  );
}

/** The consent categories (necessary first), their services, and the catalogue picker. */
export function CategoriesSection() {
  return (
    <BuilderSection name="categories">
      <CataloguePicker />
      <ListField
        path="$.categories"
        label="section.categories"
        make={() => newCategory('')}
        heading={(item) => (item as { id?: string }).id ?? ''}
        item={(path) => (
          <>
            <TextField path={`${path}.id`} label="id" />
            <TextsField path={`${path}.title`} label="title" />
            <TextsField path={`${path}.description`} label="description" multiline />
            <ListField
              path={`${path}.services`}
              label="services"
              make={() => ({ id: '', name: '', provider: emptyTexts(), country: 'KZ', cookies: [] })}
              heading={(item) => (item as { name?: string }).name ?? ''}
              item={(service) => <ServiceFields path={service} />}
            />
          </>
        )}
      />
    </BuilderSection>
  );
}
