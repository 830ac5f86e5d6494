import { emptyTexts } from '../empty-texts';
import { FlagField, TextField, TextsField } from '../fields';
import { ListField } from '../list-field';
import { BuilderSection } from './builder-section';

/** What data are processed (data categories), where they come from and whose they are. */
export function DataSection() {
  return (
    <BuilderSection name="data">
      <ListField
        path="$.dataCategories"
        label="dataCategories"
        make={() => ({ id: '', title: emptyTexts() })}
        heading={(item) => (item as { id?: string }).id ?? ''}
        item={(path) => (
          <>
            <div class="row">
              <TextField path={`${path}.id`} label="id" />
              <FlagField path={`${path}.personal`} label="personal" on={undefined} off={false} />
            </div>
            <TextsField path={`${path}.title`} label="title" />
          </>
        )}
      />
      <ListField path="$.dataSources" label="dataSources" make={emptyTexts} item={(path) => <TextsField path={path} label="text" />} />
      <ListField path="$.dataSubjects" label="dataSubjects" make={emptyTexts} item={(path) => <TextsField path={path} label="text" />} />
    </BuilderSection>
  );
}
