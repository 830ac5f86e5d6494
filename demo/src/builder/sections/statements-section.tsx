import { useBuilder } from '../builder-context';
import { TextField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { OptionalTexts } from '../optional-texts';

const emptyTexts = () => ({ kk: '', ru: '', en: '' });

/** The statements of the law, filled with Kazakh defaults: rights, authorised body, art. 16, art. 12, changes. */
export function StatementsSection() {
  const { t } = useBuilder();
  return (
    <>
      <section class="builder-section" data-section="rights">
        <h3>{t('section.rights')}</h3>
        <ListField path="$.rights" label="section.rights" make={emptyTexts} item={(path) => <TextsField path={path} label="text" multiline />} />
      </section>
      <section class="builder-section" data-section="authority">
        <h3>{t('section.authority')}</h3>
        <TextsField path="$.authority.name" label="name" />
        <TextField path="$.authority.url" label="url" type="url" optional />
      </section>
      <section class="builder-section" data-section="crossBorder">
        <h3>{t('section.crossBorder')}</h3>
        <TextsField path="$.crossBorder" label="text" multiline />
      </section>
      <section class="builder-section" data-section="localisation">
        <h3>{t('section.localisation')}</h3>
        <TextsField path="$.localisation" label="text" multiline />
      </section>
      <section class="builder-section" data-section="changes">
        <h3>{t('section.changes')}</h3>
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
      </section>
    </>
  );
}
