import type { Lang, Policy } from '../../../src/core/policy-types';

/** A sample policy shipped with the demo: its file name (without `.json`) and its text. */
export interface Sample {
  id: string;
  text: string;
}

// The sample policies, as their authors wrote them (raw text keeps their formatting).
const files = import.meta.glob<string>('../../policies/*.json', { query: '?raw', import: 'default', eager: true });

/** Every sample policy in demo/policies/, by file name. */
export const SAMPLES: readonly Sample[] = Object.entries(files)
  .map(([path, text]) => ({ id: path.replace(/^.*\//, '').replace(/\.json$/, ''), text }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** The sample's policy, or undefined when its text is not JSON. */
function parse(sample: Sample): Partial<Policy> | undefined {
  try {
    return JSON.parse(sample.text) as Partial<Policy>;
  } catch {
    return undefined;
  }
}

/** How the picker names a sample: its file name and its operator, in `lang`. */
export function sampleLabel(sample: Sample, lang: Lang): string {
  const name = parse(sample)?.operator?.name?.[lang];
  return name ? `${sample.id} — ${name}` : sample.id;
}

/** The sample shown first: one that asks for consent (so the banner has a choice), else the first. */
export function firstSample(): Sample | undefined {
  return SAMPLES.find((s) => parse(s)?.categories?.some((c) => c.id !== 'necessary')) ?? SAMPLES[0];
}
