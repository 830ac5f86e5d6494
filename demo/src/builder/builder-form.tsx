import { render } from 'preact';
import type { Lang } from '../../../src/core/policy-types';
import { BuilderContext } from './builder-context';
import { label } from './builder-strings';
import type { DraftStore } from './draft-store';
import { CategoriesSection } from './sections/categories-section';
import { DataSection } from './sections/data-section';
import { OperatorSection } from './sections/operator-section';
import { PurposesSection } from './sections/purposes-section';
import { RecipientsSection } from './sections/recipients-section';
import { StatementsSection } from './sections/statements-section';

/** The builder form, drawn again whenever the draft, the language or the problems change. */
export interface BuilderForm {
  /** Draw the form in `lang`, marking the fields at `problems` (JSON paths). */
  update(lang: Lang, problems: readonly string[]): void;
}

/**
 * Mount the form (a section per part of the policy format, src/core/policy-types.ts) into
 * `root`, the element with `data-builder`; every field edits `store` at its JSON path.
 */
export function mountBuilderForm(root: HTMLElement, store: DraftStore, lang: Lang): BuilderForm {
  let state = { lang, problems: [] as readonly string[] };
  const draw = () =>
    render(
      <BuilderContext.Provider value={{ store, ...state }}>
        <p class="hint">{label(state.lang, 'formHint')}</p>
        <OperatorSection />
        <CategoriesSection />
        <DataSection />
        <PurposesSection />
        <RecipientsSection />
        <StatementsSection />
      </BuilderContext.Provider>,
      root,
    );
  store.subscribe(draw);
  draw();
  return {
    update(nextLang, problems) {
      state = { lang: nextLang, problems };
      draw();
    },
  };
}
