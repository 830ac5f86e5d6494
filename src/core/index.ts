// `kelisim/core`: the headless part — policy model and validation, consent store, script gate,
// events. No Preact, no i18next, nothing touched at import time (safe for server rendering).
export { createConsent } from './create-consent';
export { dataConsent } from './data-consent';
export { decisionGrants } from './decision-grants';
export { definePolicy, type DefinedPolicy, type TypedConsent, type PolicyInput, type DeepReadonly, type CategoryIdsOf, type ServiceIdsOf } from './define-policy';
export { readDecision, type ReadDecisionOptions } from './read-decision';
export { createScriptGate, type ScriptGate, type ScriptGateOptions } from './script-gate';
export { validatePolicy, parsePolicy, type ValidateOptions, type ParseOptions } from './validate-policy';
export { PolicyError, warningsText } from './policy-error';
export { purposeCategories, purposeGranted } from './purpose-categories';
export { isValidBin } from './bin';
export { policyRevision } from './revision';
export { pickText } from './pick-text';
export { policyForLanguage, policyLanguages, isLanguagePolicy, type LanguagePolicy } from './policy-language';
export type * from './consent-types';
export type * from './policy-types';
