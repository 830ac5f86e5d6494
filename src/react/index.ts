// `kelisim/react`: a provider with one consent instance, the `useConsent` hook and the `<Consent>`
// gate. React is an optional peer dependency: only apps that import this entry need it.
export { KelisimProvider, type KelisimProviderProps, type KelisimProviderOptions } from './provider';
export { useConsent, type ConsentView } from './use-consent';
export { Consent, type ConsentProps, type PlaceholderProps } from './consent-gate';
export type { Register, CategoryId } from './register';
