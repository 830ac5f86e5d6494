// What an app pays at import time for each library's npm entry, imported as its docs say, in a
// throwaway Vite app (scripts/consumer-app.mjs, shared with test/dist/npm-split.test.ts). Built
// once per run: the figure does not change from round to round.
import { CONSUMERS, buildConsumerApp } from '../../scripts/consumer-app.mjs';

/**
 * Per library id: gzip of what the page loads at once (`entry`) and of the chunks loaded later
 * (`lazy`), with the file names.
 * @param {{ id: string }[]} libs
 */
export async function measureNpmImports(libs) {
  const out = {};
  for (const lib of libs) {
    if (!CONSUMERS[lib.id]) continue;
    const app = await buildConsumerApp(CONSUMERS[lib.id]);
    const names = (part) => part.files.map((f) => ({ file: f.fileName, gzip: f.gzip }));
    out[lib.id] = { entry: app.entry.gzip, lazy: app.lazy.gzip, entryFiles: names(app.entry), lazyFiles: names(app.lazy) };
  }
  return out;
}
