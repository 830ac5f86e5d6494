import type { ComponentChildren } from 'preact';
import { isMarked, useBuilder } from './builder-context';
import type { BuilderKey } from './builder-strings';

/**
 * A list at `path`: each item in its own box with a "remove" button, and an "add" button that
 * appends `make()`. The add button carries the list's path, so a problem with the list
 * ("is empty") takes the focus there.
 */
export function ListField(props: {
  path: string;
  label: BuilderKey;
  make: () => unknown;
  item: (path: string, index: number) => ComponentChildren;
  heading?: (item: unknown, index: number) => string;
}) {
  const { store, t, problems } = useBuilder();
  const value = store.at(props.path);
  const items = Array.isArray(value) ? value : [];
  return (
    <fieldset class="list" data-list={props.path}>
      <legend>{t(props.label)}</legend>
      {items.map((item, i) => {
        const path = `${props.path}[${i}]`;
        return (
          <div class="item" key={`${props.path}-${i}`}>
            <div class="item-head">
              <span class="item-title">{props.heading?.(item, i) || `${i + 1}`}</span>
              <button type="button" class="button small" data-remove={path} onClick={() => store.set(path, undefined)}>
                {t('remove')}
              </button>
            </div>
            {props.item(path, i)}
          </div>
        );
      })}
      <button
        type="button"
        class="button small"
        data-path={props.path}
        data-add={props.path}
        onClick={() => store.set(`${props.path}[${items.length}]`, props.make())}
        data-marked={isMarked(problems, props.path) && !items.length ? '' : undefined}
      >
        {t('add')}: {t(props.label)}
      </button>
    </fieldset>
  );
}
