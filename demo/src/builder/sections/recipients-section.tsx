import { useBuilder } from '../builder-context';
import { CountryField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { OptionalTexts } from '../optional-texts';

const emptyTexts = () => ({ kk: '', ru: '', en: '' });

/** Processors and third parties that receive data: who, what for, where, when. */
export function RecipientsSection() {
  const { t, lang } = useBuilder();
  return (
    <section class="builder-section" data-section="recipients">
      <h3>{t('section.recipients')}</h3>
      <ListField
        path="$.recipients"
        label="section.recipients"
        make={() => ({ name: emptyTexts(), role: emptyTexts(), country: 'KZ' })}
        heading={(item) => (item as { name?: Record<string, string> }).name?.[lang] ?? ''}
        item={(path) => (
          <>
            <TextsField path={`${path}.name`} label="name" />
            <TextsField path={`${path}.role`} label="role" />
            <CountryField path={`${path}.country`} />
            <OptionalTexts path={`${path}.scope`} label="scope" />
          </>
        )}
      />
    </section>
  );
}
