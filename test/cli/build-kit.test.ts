import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitSnippet, siteKitFiles } from '../../src/cli/site-kit';
import { policyForLanguage } from '../../src/core/policy-language';
import type { Policy } from '../../src/core/policy-types';
import { renderPolicyPageHtml } from '../../src/policy-page/render-html';
import { kelisim } from './run-cli';

const GOOD = 'test/fixtures/policy.json';
const POLICY = JSON.parse(readFileSync(GOOD, 'utf8')) as Policy;
const LANGS = ['kk', 'ru', 'en'] as const;
const tmp = () => mkdtempSync(join(tmpdir(), 'kelisim-kit-'));
const PER_LANG = ['kk', 'ru', 'en'].flatMap((l) => [`kelisim-locale.${l}.js`, `kelisim-strings.${l}.js`]);
const CHUNKS = ['kelisim-banner.js', 'kelisim-embeds.js', 'kelisim-extras.js', ...PER_LANG, 'kelisim-log.js', 'kelisim-page.js', 'kelisim-trackers.js', 'kelisim-ui.js', 'kelisim.js'];
const KIT = ['index.html', 'kelisim-policy.json', 'snippet.html', ...LANGS.flatMap((l) => [`policy.${l}.json`, `privacy.${l}.fragment.html`, `privacy.${l}.html`])];
const TAG = '<script src="/kelisim/kelisim.js" data-policy="/kelisim/policy.{lang}.json" data-revision="2026-01" data-categories="analytics"></script>';
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

/** Name → [mtime, bytes] of every file in `dir`. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, [statSync(join(dir, name)).mtimeMs, readFileSync(join(dir, name)).toString('base64')]]));

describe('kelisim build: the site kit', () => {
  it('writes the loader and chunks, the policy, the per-language policies, the privacy pages, their fragments, snippet.html and index.html', async () => {
    const out = tmp();
    const result = await kelisim(['build', GOOD, '--out', out, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual([...CHUNKS, ...KIT].sort());
    for (const chunk of CHUNKS) expect(readFileSync(join(out, chunk)), chunk).toEqual(readFileSync(join('dist', chunk)));
    expect(read(out, 'kelisim-policy.json')).toBe(readFileSync(GOOD, 'utf8'));
    // The tag: the per-language form, the revision and the categories, so a returning visitor fetches nothing.
    expect(result.stdout).toContain(`(${CHUNKS.length + KIT.length} file(s) changed)`);
    expect(result.stdout.split('\n').at(-1)).toBe(TAG);
    expect(read(out, 'snippet.html')).toBe(`${TAG}\n`);
    for (const lang of LANGS) {
      const compiled = JSON.parse(read(out, `policy.${lang}.json`));
      expect(compiled).toEqual(policyForLanguage(POLICY, lang));
      expect(compiled).toMatchObject({ lang, revision: '2026-01', languages: ['kk', 'ru', 'en'] });
    }
  });

  it('the privacy pages are the renderer\'s, in their language, and their switcher links the sibling files', async () => {
    const out = tmp();
    await kelisim(['build', GOOD, '--out', out]);
    for (const lang of LANGS) {
      const page = read(out, `privacy.${lang}.html`);
      expect(page).toBe(renderPolicyPageHtml(POLICY, lang, { languages: LANGS }));
      expect(page).toContain(`<html lang="${lang}">`);
      const links = [...page.matchAll(/<nav class="kelisim-page-langs"[^]*?<\/nav>/g)].flatMap((nav) => [...nav[0].matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
      expect(links).toEqual(LANGS.map((l) => `privacy.${l}.html`));
      for (const link of links) expect(readdirSync(out)).toContain(link);
      // The CMS fragment: the page's markup only, no document and no switcher (the CMS has its own).
      const fragment = read(out, `privacy.${lang}.fragment.html`);
      expect(fragment).toBe(`${renderPolicyPageHtml(POLICY, lang, { fragment: true })}\n`);
      expect(fragment).toMatch(new RegExp(`^<div class="kelisim-page" lang="${lang}">`));
      expect(fragment).not.toContain('<html');
      expect(fragment).not.toContain('<nav class="kelisim-page-langs"');
    }
    expect(read(out, 'privacy.kk.html')).toContain('Құпиялылық саясаты');
    expect(read(out, 'privacy.ru.html')).toContain('Политика конфиденциальности');
  });

  it('index.html loads the banner from its own folder, shows the tag to copy and links the privacy pages, in --lang', async () => {
    const out = tmp();
    await kelisim(['build', GOOD, '--out', out, '--lang', 'ru', '--base', 'https://cdn.example.kz/kit']);
    const index = read(out, 'index.html');
    expect(index).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(index).toContain('<script src="kelisim.js" data-policy="policy.{lang}.json" data-revision="2026-01" data-categories="analytics"></script>');
    expect(index).toContain('&lt;script src=&quot;https://cdn.example.kz/kit/kelisim.js&quot; data-policy=&quot;https://cdn.example.kz/kit/policy.{lang}.json&quot;');
    for (const lang of LANGS) expect(index).toContain(`<a href="privacy.${lang}.html" hreflang="${lang}"`);
    expect(index).toContain('privacy.kk.fragment.html');
    expect(index).toContain('data-kelisim="open-settings"');
    expect(index).toContain('Страницы политики конфиденциальности');
  });

  it('re-running on an unchanged policy changes nothing: same mtimes, same bytes', async () => {
    const out = tmp();
    await kelisim(['build', GOOD, '--out', out]);
    const before = snapshot(out);
    const again = await kelisim(['build', GOOD, '--out', out, '--lang', 'en']);
    expect(again.stdout).toContain('(0 file(s) changed)');
    expect(snapshot(out)).toEqual(before);
  });

  it('a policy in one language gets that file\'s name in the tag (nothing to choose)', () => {
    // (The validator asks for all three languages today; policyLanguages reads the operator's name.)
    const policy = { ...POLICY, operator: { ...POLICY.operator, name: { ru: 'ТОО «Дала Маркет»' } } } as unknown as Policy;
    expect(kitSnippet(policy, '/k/')).toBe('<script src="/k/kelisim.js" data-policy="/k/policy.ru.json" data-revision="2026-01" data-categories="analytics"></script>');
  });

  it('siteKitFiles is pure: the same policy gives the same files, the input untouched', () => {
    const copy = structuredClone(POLICY);
    const first = siteKitFiles(POLICY, { lang: 'kk' });
    expect(siteKitFiles(POLICY, { lang: 'kk' })).toEqual(first);
    expect(POLICY).toEqual(copy);
    expect(first.map((f) => f.name).sort()).toEqual(KIT.slice().sort());
    expect(first.find((f) => f.name === 'index.html')!.content).toContain('Kelisim сайт жинағы');
  });

  it('writes nothing for a policy with errors (exit 1)', async () => {
    const policy = structuredClone(POLICY) as unknown as { categories: { services: { country: string }[] }[] };
    policy.categories[1]!.services[0]!.country = 'XX';
    const file = join(tmp(), 'bad.json');
    writeFileSync(file, JSON.stringify(policy));
    const out = join(tmp(), 'kit');
    const result = await kelisim(['build', file, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(() => readdirSync(out)).toThrow();
  });
});
