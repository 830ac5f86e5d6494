import type { ComponentChildren } from 'preact';
import { useBuilder } from '../builder-context';
import type { BuilderKey } from '../builder-strings';

/** The name of a section of the form: its label is `section.<name>`. */
export type SectionName = BuilderKey extends infer K ? (K extends `section.${infer N}` ? N : never) : never;

/** One section of the form, `data-section="<name>"`, under its translated heading. */
export function BuilderSection(props: { name: SectionName; children: ComponentChildren }) {
  const { t } = useBuilder();
  return (
    <section class="builder-section" data-section={props.name}>
      <h3>{t(`section.${props.name}`)}</h3>
      {props.children}
    </section>
  );
}
