import type { FunctionComponent } from 'preact';
import type { Policy } from '../core/policy-types';
import { AuthoritySection, ChangesSection, LocalisationSection, RevisionSection, RightsSection } from './closing-sections';
import { CrossBorderSection } from './cross-border-section';
import { DataSection } from './data-section';
import { OperatorSection } from './operator-section';
import { PurposesSection } from './purposes-section';
import { RecipientsSection } from './recipients-section';
import { hasTechnologies, TechnologiesSection } from './technologies-section';

/** One section of the notice: its id (anchor and heading key), when it is shown, and its body. */
export interface PageSection {
  id: string;
  shown(policy: Policy): boolean;
  Body: FunctionComponent<{ policy: Policy }>;
}

const always = () => true;

/** The sections of a notice under Law 94-V, in order; a section whose field is absent is left out. */
export const SECTIONS: readonly PageSection[] = [
  { id: 'operator', shown: always, Body: OperatorSection },
  { id: 'data', shown: always, Body: DataSection },
  { id: 'purposes', shown: always, Body: PurposesSection },
  { id: 'technologies', shown: hasTechnologies, Body: TechnologiesSection },
  { id: 'recipients', shown: (policy) => (policy.recipients ?? []).length > 0, Body: RecipientsSection },
  { id: 'cross-border', shown: always, Body: CrossBorderSection },
  { id: 'localisation', shown: always, Body: LocalisationSection },
  { id: 'rights', shown: always, Body: RightsSection },
  { id: 'authority', shown: always, Body: AuthoritySection },
  { id: 'changes', shown: (policy) => !!(policy.changes || policy.upcoming), Body: ChangesSection },
  { id: 'revision', shown: (policy) => !!(policy.revision || policy.effective), Body: RevisionSection },
];

/** The sections this policy has, in order. */
export const shownSections = (policy: Policy): PageSection[] => SECTIONS.filter((section) => section.shown(policy));
