import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { problemKey, problemMessage } from '../../src/core/problem-message';
import { validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

const PROBLEMS = { kk: kk.problems, ru: ru.problems, en: en.problems } as Record<string, Record<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('problem messages in the locale files', () => {
  it('have the same keys and placeholders in kk, ru and en', () => {
    const keys = Object.keys(PROBLEMS.en!).sort();
    for (const lang of ['kk', 'ru']) {
      expect(Object.keys(PROBLEMS[lang]!).sort(), lang).toEqual(keys);
      for (const key of keys) expect(placeholders(PROBLEMS[lang]![key]!), `${lang} ${key}`).toEqual(placeholders(PROBLEMS.en![key]!));
    }
  });

  it('give every "did you mean" variant its plain message too', () => {
    for (const key of Object.keys(PROBLEMS.en!).filter((k) => k.endsWith('_guess'))) expect(PROBLEMS.en, key).toHaveProperty(key.replace(/_guess$/, ''));
  });

  it('are written in Kazakh (Cyrillic, with Kazakh letters) and in Russian, not copied from each other', () => {
    const kazakh = Object.values(PROBLEMS.kk!).join(' ');
    expect(kazakh).toMatch(/[әғқңөұүһі]/);
    for (const key of Object.keys(PROBLEMS.en!)) {
      expect(PROBLEMS.kk![key], key).toMatch(/[а-яёәғқңөұүһі]/i);
      expect(PROBLEMS.ru![key], key).toMatch(/[а-яё]/i);
      expect(PROBLEMS.kk![key], key).not.toBe(PROBLEMS.ru![key]);
    }
  });

  it('use the terms of Law 94-V from the glossary', () => {
    expect(PROBLEMS.kk!['ground-missing']).toContain('құқықтық негіз');
    expect(PROBLEMS.kk!['retention-missing']).toContain('сақтау мерзімі');
    expect(PROBLEMS.kk!['consentin-in-necessary']).toContain('кері қайтарып ал');
    expect(PROBLEMS.kk!['cross-border-uncovered']).toContain('трансшекаралық беру');
    expect(PROBLEMS.ru!['ground-missing']).toContain('правовое основание');
    expect(PROBLEMS.ru!['retention-missing']).toContain('срок хранения');
    expect(PROBLEMS.ru!['withdrawin-missing']).toContain('отозвать согласие');
    expect(PROBLEMS.ru!['cross-border-uncovered']).toContain('трансграничная передача');
  });
});

describe('problemMessage', () => {
  it('fills the en template, with the "did you mean" variant when there is a guess', () => {
    expect(problemMessage('unknown-field', { field: 'titel', allowed: '"title"', guess: 'title' })).toBe('unknown field "titel" — did you mean "title"?');
    expect(problemMessage('unknown-field', { field: 'x', allowed: '"title"' })).toBe('unknown field "x" — remove it; the fields allowed here are "title"');
    expect(problemKey('empty', { guess: 'x' })).toBe('empty');
  });

  it('is what the demo and the CLI show in any language through i18next, with the context "guess"', () => {
    const i18n = createInstance();
    void i18n.init({ initAsync: false, lng: 'kk', resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } });
    const copy: any = structuredClone(policy);
    copy.purposes[1].retention.unit = 'months';
    const [problem] = validatePolicy(copy);
    const show = (lng: string) => i18n.t(`problems.${problem!.code}`, { ...problem!.params, lng, context: problem!.params.guess ? 'guess' : undefined });
    expect(show('en')).toBe(problem!.message);
    expect(show('ru')).toBe('"months" — не единица времени; может быть, "month"? Или напишите одно из: "minute", "hour", "day", "month", "year"');
    expect(show('kk')).toBe('"months" — уақыт бірлігі емес; "month" деп жазғыңыз келді ме? Әйтпесе мыналардың бірін жазыңыз: "minute", "hour", "day", "month", "year"');
  });
});
