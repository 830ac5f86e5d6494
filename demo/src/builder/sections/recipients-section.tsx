import { useBuilder } from '../builder-context';
import { emptyTexts } from '../empty-texts';
import { CountryField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { OptionalTexts } from '../optional-texts';
import { BuilderSection } from './builder-section';

/** Processors and third parties that receive data: who, what for, where, when. */
export function RecipientsSection() {
  const { lang } = useBuilder();
  return (
    <BuilderSection name="recipients">
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
    </BuilderSection>
  );
}
