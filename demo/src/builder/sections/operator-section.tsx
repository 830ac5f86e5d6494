import { isValidBin } from '../../../../src/core/bin';
import { useBuilder } from '../builder-context';
import { ChoiceField, TextField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { BuilderSection } from './builder-section';

/** The BIN, checked as the owner types: 12 digits with the right check digit (src/core/bin.ts). */
function BinField() {
  const { store, t } = useBuilder();
  const bin = String(store.at('$.operator.bin') ?? '');
  const state = bin === '' ? undefined : isValidBin(bin) ? 'ok' : 'bad';
  return (
    <TextField path="$.operator.bin" label="bin">
      {state && (
        <span class={`bin-check ${state}`} data-bin-check={state} role="status">
          {t(state === 'ok' ? 'binOk' : 'binBad')}
        </span>
      )}
    </TextField>
  );
}

/** The operator: legal name, BIN, address, contacts, where the policy is published; and the properties. */
export function OperatorSection() {
  const { t } = useBuilder();
  return (
    <>
      <BuilderSection name="operator">
        <TextsField path="$.operator.name" label="name" />
        <BinField />
        <TextsField path="$.operator.address" label="address" />
        <div class="row">
          <TextField path="$.operator.email" label="email" type="email" optional />
          <TextField path="$.operator.contactUrl" label="contactUrl" type="url" optional />
          <TextField path="$.operator.phone" label="phone" type="tel" optional />
        </div>
        <TextField path="$.operator.policyUrl" label="policyUrl" type="url" />
      </BuilderSection>
      <BuilderSection name="properties">
        <ListField
          path="$.operator.properties"
          label="section.properties"
          make={() => ({ kind: 'website', name: '', url: '' })}
          heading={(item) => (item as { name?: string }).name ?? ''}
          item={(path) => (
            <div class="row">
              <ChoiceField path={`${path}.kind`} label="kind" options={[['website', t('website')], ['app', t('app')]]} />
              <TextField path={`${path}.name`} label="name" />
              <TextField path={`${path}.url`} label="url" type="url" optional />
            </div>
          )}
        />
      </BuilderSection>
    </>
  );
}
