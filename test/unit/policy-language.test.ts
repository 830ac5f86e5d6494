import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLanguagePolicy, mergeLanguagePolicies, policyForLanguage } from '../../src/core/policy-language';
import { LANGS, type Policy } from '../../src/core/policy-types';
import { policyRevision } from '../../src/core/revision';

const samples = readdirSync('demo/policies').filter((f) => f.endsWith('.json'));
const load = (file: string): Policy => JSON.parse(readFileSync(`demo/policies/${file}`, 'utf8'));
const otherLang = (lang: string) => new RegExp(`"(${LANGS.filter((l) => l !== lang).join('|')})":"[^"]`);

describe('policyForLanguage', () => {
  for (const file of samples) {
    for (const lang of LANGS) {
      it(`${file} in ${lang}: one language, the full revision, smaller`, () => {
        const policy = load(file);
        const before = JSON.stringify(policy);
        const compiled = policyForLanguage(policy, lang);
        expect(JSON.stringify(policy)).toBe(before);
        expect(compiled.revision).toBe(policyRevision(policy));
        expect(compiled.lang).toBe(lang);
        expect(isLanguagePolicy(compiled)).toBe(true);
        expect(compiled.operator.name[lang]).toBe(policy.operator.name[lang]);
        expect(JSON.stringify(compiled)).not.toMatch(otherLang(lang));
        expect(JSON.stringify(compiled).length).toBeLessThan(before.length * 0.6);
      });
    }
  }

  it('keeps the fallback text under its own language where the owner left one empty', () => {
    const policy = load(samples[0]!);
    policy.crossBorder = { kk: '', ru: 'Только в Казахстане', en: 'Only in Kazakhstan' };
    expect(policyForLanguage(policy, 'kk').crossBorder).toEqual({ kk: '', ru: 'Только в Казахстане' });
    expect(policyForLanguage(policy, 'kk', ['en']).crossBorder).toEqual({ kk: '', en: 'Only in Kazakhstan' });
  });
});

describe('mergeLanguagePolicies', () => {
  for (const file of samples) {
    it(`${file}: kk + ru + en merged give every text of the full policy`, () => {
      const policy = load(file);
      const [kk, ru, en] = LANGS.map((lang) => policyForLanguage(policy, lang));
      const merged = mergeLanguagePolicies(mergeLanguagePolicies(kk!, ru!), en!);
      expect(merged.lang).toBe('kk');
      expect(merged.revision).toBe(policyRevision(policy));
      for (const lang of LANGS) {
        expect(merged.operator.name[lang]).toBe(policy.operator.name[lang]);
        merged.categories.forEach((category, i) => expect(category.title[lang]).toBe(policy.categories[i]!.title[lang]));
      }
      const { revision, lang, languages, ...rest } = merged;
      expect(rest).toEqual(JSON.parse(JSON.stringify({ ...policy, revision: undefined })));
      expect([revision, lang, languages]).toEqual([policyRevision(policy), 'kk', policyForLanguage(policy, 'kk').languages]);
    });
  }

  it('keeps a fallback text and the language of the file shown', () => {
    const policy = load(samples[0]!);
    policy.crossBorder = { kk: '', ru: 'Только в Казахстане', en: 'Only in Kazakhstan' };
    const merged = mergeLanguagePolicies(policyForLanguage(policy, 'kk'), policyForLanguage(policy, 'ru'));
    expect(merged.crossBorder).toEqual({ kk: '', ru: 'Только в Казахстане' });
  });
});
