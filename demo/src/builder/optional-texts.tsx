import type { ComponentChildren } from 'preact';
import { useBuilder } from './builder-context';
import type { BuilderKey } from './builder-strings';
import { emptyTexts } from './empty-texts';
import { TextsField } from './fields';

/**
 * An optional part of the policy at `path`: its fields (a kk/ru/en text unless `children` say
 * otherwise) with a "remove" button when present, else an "add" button that writes `make()`.
 */
export function OptionalTexts(props: { path: string; label: BuilderKey; make?: () => unknown; children?: ComponentChildren }) {
  const { store, t } = useBuilder();
  if (store.at(props.path) === undefined)
    return (
      <button type="button" class="button small" data-add={props.path} onClick={() => store.set(props.path, (props.make ?? emptyTexts)())}>
        {t('add')}: {t(props.label)}
      </button>
    );
  return (
    <div class="optional">
      {props.children ?? <TextsField path={props.path} label={props.label} />}
      <button type="button" class="button small" onClick={() => store.set(props.path, undefined)}>
        {t('remove')}
      </button>
    </div>
  );
}

