import { SERVICES } from '../../../src/catalogue/services';
import type { Policy } from '../../../src/core/policy-types';

/** A tracker the converter recognises in pasted code, and how Kelisim can load it by id instead. */
interface Counter {
  service: string;
  /** Recognises the tracker in a script's `src` or text. */
  test: RegExp;
  /** The id-based Kelisim attribute (README "Integrations"), with the id found in the code. */
  integration?: { attribute: string; id: RegExp };
}

const COUNTERS: readonly Counter[] = [
  { service: 'yandex-metrica', test: /mc\.yandex\.(?:ru|com|kz)|\bym\(/, integration: { attribute: 'data-yandex-metrica', id: /\bym\(\s*(\d+)\s*,\s*["']init/ } },
  { service: 'google-tag-manager', test: /googletagmanager\.com\/gtm\.js|\bGTM-[A-Z0-9]+/ },
  { service: 'google-ads', test: /\bAW-\d+/ },
  { service: 'google-analytics', test: /googletagmanager\.com\/gtag\/js|\bgtag\(/, integration: { attribute: 'data-google-analytics', id: /\b(G-[A-Z0-9]+)/ } },
  { service: 'meta-pixel', test: /connect\.facebook\.net|\bfbq\(/ },
  { service: 'top-mail-ru', test: /top-fwz1\.mail\.ru|\b_tmr\b/ },
  { service: 'vk-ads', test: /vk\.com\/js\/api\/openapi|\bVK\.Retargeting/ },
  { service: 'tiktok-pixel', test: /analytics\.tiktok\.com|\bttq\./ },
];

/** What the converter did, for the notes under its output. */
export type CounterNote =
  | { kind: 'gated'; service: string; category: string }
  | { kind: 'noscript'; host: string }
  | { kind: 'unknown' }
  | { kind: 'not-in-policy'; service: string; category: string }
  | { kind: 'integration'; service: string; attribute: string; id: string };

/** The gated code, the notes, and the id-based attributes that could replace it. */
export interface GatedCode {
  html: string;
  notes: CounterNote[];
}

/** The consent category a service belongs to: the policy's, else the catalogue's. */
function categoryOf(service: string, policy: Policy | undefined): { category: string; inPolicy: boolean } {
  const inPolicy = policy?.categories.find((c) => c.services.some((s) => s.id === service));
  if (inPolicy) return { category: inPolicy.id, inPolicy: true };
  return { category: SERVICES.find((s) => s.id === service)?.category ?? 'analytics', inPolicy: false };
}

/** The host a `<noscript>` pixel loads from, for the note. */
function pixelHost(noscript: HTMLElement): string {
  const src = /src=["']?([^"'\s>]+)/.exec(noscript.innerHTML)?.[1] ?? '';
  try {
    return new URL(src.replace(/&amp;/g, '&')).host;
  } catch {
    return src;
  }
}

/**
 * A pasted tracker snippet (Yandex Metrica, GA4, Meta Pixel …) made consent-gated: each script
 * of a known tracker becomes `type="text/plain" data-consent="<category>"`, so the Kelisim gate
 * runs it only once that category is granted; `<noscript>` pixels are removed (they load
 * without JavaScript, so nothing can hold them back); comments and other markup stay.
 */
export function gateCounterCode(pasted: string, policy: Policy | undefined, doc: Document = document): GatedCode {
  const template = doc.createElement('template');
  template.innerHTML = pasted;
  const notes: CounterNote[] = [];
  const seen = new Set<string>();
  for (const noscript of [...template.content.querySelectorAll('noscript')]) {
    notes.push({ kind: 'noscript', host: pixelHost(noscript) });
    // The blank line the pixel leaves goes with it.
    const before = noscript.previousSibling;
    if (before?.nodeType === 3 && /^\s*$/.test(before.textContent ?? '')) before.remove();
    noscript.remove();
  }
  for (const script of template.content.querySelectorAll('script')) {
    const code = `${script.getAttribute('src') ?? ''}\n${script.textContent ?? ''}`;
    const counter = COUNTERS.find((c) => c.test.test(code));
    if (!counter) {
      if (!script.hasAttribute('data-consent')) notes.push({ kind: 'unknown' });
      continue;
    }
    const { category, inPolicy } = categoryOf(counter.service, policy);
    script.setAttribute('type', 'text/plain');
    script.setAttribute('data-consent', category);
    if (seen.has(counter.service)) continue;
    seen.add(counter.service);
    notes.push({ kind: 'gated', service: counter.service, category });
    if (!inPolicy) notes.push({ kind: 'not-in-policy', service: counter.service, category });
    const id = counter.integration && counter.integration.id.exec(pasted)?.[1];
    if (counter.integration && id) notes.push({ kind: 'integration', service: counter.service, attribute: counter.integration.attribute, id });
  }
  return { html: template.innerHTML.trim() + '\n', notes };
}

/** A catalogue service's display name. */
export const serviceName = (id: string) => SERVICES.find((s) => s.id === id)?.name ?? id;
