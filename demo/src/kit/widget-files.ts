import type { KitFiles } from './site-kit';

/**
 * The built script-tag files (dist/kelisim*.js), as the demo serves them next to its pages: the
 * list from `dist/files.json` (written by vite.demo.config.ts), each file fetched as bytes.
 */
export async function fetchWidgetFiles(base: string = location.href): Promise<KitFiles> {
  const list = await fetch(new URL('dist/files.json', base));
  if (!list.ok) throw new Error(`dist/files.json: HTTP ${list.status}`);
  const names = (await list.json()) as string[];
  const files: KitFiles = {};
  await Promise.all(
    names.map(async (name) => {
      const response = await fetch(new URL(`dist/${name}`, base));
      if (!response.ok) throw new Error(`dist/${name}: HTTP ${response.status}`);
      files[name] = new Uint8Array(await response.arrayBuffer());
    }),
  );
  return files;
}
