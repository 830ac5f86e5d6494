// Shared set-up for the widget's component tests: a real consent store over jsdom's cookies,
// the fixture policy, and queries scoped to the widget's open shadow root.
import { within } from '@testing-library/preact';
import { createConsent } from '../../src/core/create-consent';
import type { Consent, ConsentDecision } from '../../src/core/consent-types';
import type { Policy } from '../../src/core/policy-types';
import { mount, type MountOptions, type WidgetHandle } from '../../src/ui/mount';
import fixture from '../fixtures/policy.json';

/** A fresh deep copy of the fixture policy, free to modify in one test. */
export function fixturePolicy(): Policy {
  return structuredClone(fixture) as unknown as Policy;
}

/** A mounted widget and the ways a test looks at it. */
export interface Harness {
  consent: Consent;
  handle: WidgetHandle;
  policy: Policy;
  root: ShadowRoot;
  /** Testing Library queries inside the shadow root. */
  ui: ReturnType<typeof within>;
}

const mounted: WidgetHandle[] = [];

/** Mounts the widget (English unless told otherwise) over a real consent store. */
export function mountWidget(options: Partial<MountOptions> = {}, policy = fixturePolicy()): Harness {
  const consent = createConsent({ policy });
  const handle = mount(consent, { policy, lang: 'en', ...options });
  mounted.push(handle);
  const root = document.querySelector('#kelisim')!.shadowRoot!;
  return { consent, handle, policy, root, ui: within(root as unknown as HTMLElement) };
}

/** What the next page load would read from the decision cookie. */
export function storedDecision(policy: Policy): ConsentDecision | null {
  return createConsent({ policy }).get();
}

/** Destroys every widget but keeps the decision cookie, like leaving for the next page. */
export function destroyWidgets(): void {
  mounted.splice(0).forEach((handle) => handle.destroy());
}

/** Destroys every widget and forgets cookies, storage and page content between tests. */
export function cleanUp(): void {
  destroyWidgets();
  for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  localStorage.clear();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
}
