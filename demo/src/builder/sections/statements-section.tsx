import { useBuilder } from '../builder-context';
import { emptyTexts } from '../empty-texts';
import { TextField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { OptionalTexts } from '../optional-texts';
import { BuilderSection } from './builder-section';

/** The statements of the law, filled with Kazakh defaults: rights, authorised body, art. 16, art. 12, changes. */
export function StatementsSection() {
  const { t } = useBuilder();
  return (
    <>
      <BuilderSection name="rights">
        <ListField path="$.rights" label="section.rights" make={emptyTexts} item={(path) => <TextsField path={path} label="text" multiline />} />
      </BuilderSection>
      <BuilderSection name="authority">
        <TextsField path="$.authority.name" label="name" />
        <TextField path="$.authority.url" label="url" type="url" optional />
      </BuilderSection>
      <BuilderSection name="crossBorder">
        <TextsField path="$.crossBorder" label="text" multiline />
      </BuilderSection>
      <BuilderSection name="localisation">
        <TextsField path="$.localisation" label="text" multiline />
      </BuilderSection>
      <BuilderSection name="changes">
        <TextsField path="$.changes" label="text" multiline />
        <TextField path="$.effective" label="effective" type="date" optional />
        <OptionalTexts path="$.upcoming" label="upcoming" make={() => ({ revision: '', date: '', summary: emptyTexts() })}>
          <fieldset>
            <legend>{t('upcoming')}</legend>
            <div class="row">
              <TextField path="$.upcoming.revision" label="revision" />
              <TextField path="$.upcoming.date" label="date" type="date" />
            </div>
            <TextsField path="$.upcoming.summary" label="text" multiline />
          </fieldset>
        </OptionalTexts>
      </BuilderSection>
    </>
  );
}
