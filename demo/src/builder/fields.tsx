import type { ComponentChildren } from 'preact';
import { LANGS } from '../../../src/core/policy-types';
import { isMarked, useBuilder } from './builder-context';
import type { BuilderKey } from './builder-strings';

const LANG_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** `aria-invalid` for a control whose path has a problem. */
const invalidAt = (problems: readonly string[], path: string): { 'aria-invalid'?: 'true' } => (isMarked(problems, path) ? { 'aria-invalid': 'true' } : {});

/** What a one-control field at `path` reads: the draft, the labels, its value and its `aria-invalid`. */
function useField(path: string) {
  const { store, t, problems } = useBuilder();
  return { store, t, value: store.at(path), invalid: invalidAt(problems, path) };
}

/** A field's `<label>`: its name, then its control (`small` for a short one that shares a row). */
function FieldLabel(props: { text: string; small?: boolean; children: ComponentChildren }) {
  return (
    <label class={props.small ? 'field small' : 'field'}>
      <span>{props.text}</span>
      {props.children}
    </label>
  );
}

/** One line of text at `path`; an empty optional field is removed from the draft. */
export function TextField(props: { path: string; label: BuilderKey; type?: 'text' | 'email' | 'url' | 'tel' | 'date'; optional?: boolean; children?: ComponentChildren }) {
  const { store, t, value, invalid } = useField(props.path);
  return (
    <FieldLabel text={t(props.label)}>
      <input
        type={(props.type ?? 'text') as 'text'}
        data-path={props.path}
        value={String(value ?? '')}
        onInput={(e) => {
          const text = e.currentTarget.value;
          store.set(props.path, props.optional && text === '' ? undefined : text);
        }}
        {...invalid}
      />
      {props.children}
    </FieldLabel>
  );
}

/** A text in kk, ru and en side by side (Kazakh first), at `path.kk`, `path.ru`, `path.en`. */
export function TextsField(props: { path: string; label: BuilderKey; multiline?: boolean }) {
  const { store, t, problems } = useBuilder();
  return (
    <fieldset class="texts">
      <legend>{t(props.label)}</legend>
      {LANGS.map((lang) => {
        const path = `${props.path}.${lang}`;
        const attrs = {
          lang,
          'data-path': path,
          value: String(store.at(path) ?? ''),
          onInput: (e: Event) => store.set(path, (e.currentTarget as HTMLInputElement).value),
          ...invalidAt(problems, path),
        };
        return (
          <label class="field" key={lang}>
            <span lang={lang}>{LANG_NAMES[lang]}</span>
            {props.multiline ? <textarea rows={3} {...attrs} /> : <input type="text" {...attrs} />}
          </label>
        );
      })}
    </fieldset>
  );
}

/** A whole number at `path`; empty removes it. */
export function NumberField(props: { path: string; label: BuilderKey }) {
  const { store, t, value, invalid } = useField(props.path);
  return (
    <FieldLabel text={t(props.label)} small>
      <input
        type="number"
        min="1"
        step="1"
        data-path={props.path}
        value={value === undefined ? '' : String(value)}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          store.set(props.path, raw === '' ? undefined : Number(raw));
        }}
        {...invalid}
      />
    </FieldLabel>
  );
}

/** A choice among `options` (value, label key); with `optional`, "none" removes the field. */
export function ChoiceField(props: { path: string; label: BuilderKey; options: readonly (readonly [string, string])[]; optional?: boolean }) {
  const { store, t, value, invalid } = useField(props.path);
  return (
    <FieldLabel text={t(props.label)} small>
      <select
        data-path={props.path}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => store.set(props.path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        {...invalid}
      >
        {props.optional && <option value="">{t('none')}</option>}
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </FieldLabel>
  );
}

/** A yes/no at `path`: checked writes `true` (or `on`), unchecked writes `off` (or removes it). */
export function FlagField(props: { path: string; label: BuilderKey; on?: unknown; off?: unknown }) {
  const { store, t } = useBuilder();
  const on = props.on ?? true;
  return (
    <label class="check">
      <input
        type="checkbox"
        data-path={props.path}
        checked={store.at(props.path) === on}
        onChange={(e) => store.set(props.path, e.currentTarget.checked ? on : props.off)}
      />
      <span>{t(props.label)}</span>
    </label>
  );
}

/**
 * Where data go: one ISO code or several, comma-separated. Written on change (not per key), so
 * a half-typed list is not rewritten under the cursor.
 */
export function CountryField(props: { path: string }) {
  const { store, t, value, invalid } = useField(props.path);
  const shown = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  return (
    <FieldLabel text={t('country')} small>
      <input
        key={shown}
        type="text"
        data-path={props.path}
        defaultValue={shown}
        onChange={(e) => {
          const codes = e.currentTarget.value.split(/[\s,;]+/).filter(Boolean);
          store.set(props.path, codes.length > 1 ? codes : (codes[0] ?? ''));
        }}
        {...invalid}
      />
    </FieldLabel>
  );
}
