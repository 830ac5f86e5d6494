/** A sample policy shipped with the demo: its file name (without `.json`) and its text. */
export interface Sample {
  id: string;
  text: string;
}

// The sample policies, as their authors wrote them (raw text keeps their formatting).
const files = import.meta.glob<string>('../policies/*.json', { query: '?raw', import: 'default', eager: true });

/** Every sample policy in demo/policies/, by file name. */
export const SAMPLES: readonly Sample[] = Object.entries(files)
  .map(([path, text]) => ({ id: path.replace(/^.*\//, '').replace(/\.json$/, ''), text }))
  .sort((a, b) => a.id.localeCompare(b.id));
