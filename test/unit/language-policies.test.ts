// The UI chunk's loading of a policy's other languages (data-policy with {lang}): each file once,
// guarded, on the same revision, merged; a file that cannot be used is one console error and null.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { policyForLanguage } from '../../src/core/policy-language';
import type { Policy } from '../../src/core/policy-types';
import { createLanguageLoader } from '../../src/loader/language-policies';

const FULL = JSON.parse(readFileSync('test/fixtures/policy.json', 'utf8')) as Policy;
const TEMPLATE = '/kelisim/policy.{lang}.json';
let files: Record<string, unknown>;
const fetched: string[] = [];

beforeEach(() => {
  files = { '/kelisim/policy.ru.json': policyForLanguage(FULL, 'ru'), '/kelisim/policy.en.json': policyForLanguage(FULL, 'en') };
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return url in files ? new Response(JSON.stringify(files[url])) : new Response('not found', { status: 404 });
  });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('fetches another language once and merges it; the shown language needs no fetch', async () => {
  const load = createLanguageLoader(TEMPLATE, policyForLanguage(FULL, 'kk'));
  expect((await load('kk'))?.operator.name).toEqual({ kk: FULL.operator.name.kk });
  const [a, b] = await Promise.all([load('ru'), load('ru')]);
  expect(a).toBe(b);
  expect(a?.operator.name).toEqual({ kk: FULL.operator.name.kk, ru: FULL.operator.name.ru });
  expect((await load('en'))?.operator.name).toEqual(FULL.operator.name);
  expect(fetched).toEqual(['/kelisim/policy.ru.json', '/kelisim/policy.en.json']);
  expect(console.error).not.toHaveBeenCalled();
});

test('a file on another revision is refused with one error naming it; asked again, it is fetched again', async () => {
  files['/kelisim/policy.ru.json'] = { ...policyForLanguage(FULL, 'ru'), revision: '2027-01' };
  const load = createLanguageLoader(TEMPLATE, policyForLanguage(FULL, 'kk'));
  expect(await load('ru')).toBeNull();
  expect(console.error).toHaveBeenCalledTimes(1);
  expect(vi.mocked(console.error).mock.calls[0]![0]).toMatch(/^Kelisim: the policy \/kelisim\/policy\.ru\.json has revision "2027-01" but the one shown has "2026-01"/);
  expect(await load('ru')).toBeNull();
  expect(fetched).toEqual(['/kelisim/policy.ru.json', '/kelisim/policy.ru.json']);
});

test('a file the guard refuses is one error with its URL; a missing one too', async () => {
  files['/kelisim/policy.ru.json'] = { ...policyForLanguage(FULL, 'ru'), categories: [] };
  const load = createLanguageLoader(TEMPLATE, policyForLanguage(FULL, 'kk'));
  expect(await load('ru')).toBeNull();
  expect(vi.mocked(console.error).mock.calls[0]![0]).toMatch(/^Kelisim: the policy cannot be shown: \$\.categories: is an empty list .* \(in \/kelisim\/policy\.ru\.json\)$/);
  delete files['/kelisim/policy.en.json'];
  expect(await load('en')).toBeNull();
  expect(vi.mocked(console.error).mock.calls[1]![0]).toBe('Kelisim: the policy /kelisim/policy.en.json could not be loaded (HTTP 404); check the URL.');
});

test('a policy with every language (no "lang") fetches nothing', async () => {
  const load = createLanguageLoader(TEMPLATE, FULL);
  expect(await load('ru')).toBe(FULL);
  expect(fetched).toEqual([]);
});
