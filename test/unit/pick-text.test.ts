import { describe, expect, it } from 'vitest';
import { pickText } from '../../src/core/pick-text';
import type { Lang, Localized } from '../../src/core/policy-types';

const full: Localized = { kk: 'Қажетті', ru: 'Необходимые', en: 'Necessary' };
const order: Lang[] = ['kk', 'ru', 'en'];

describe('pickText', () => {
  it.each<[Lang, string]>([
    ['kk', 'Қажетті'],
    ['ru', 'Необходимые'],
    ['en', 'Necessary'],
  ])('gives the %s text when it is there', (lang, expected) => {
    expect(pickText(full, lang, order)).toEqual({ text: expected, lang });
  });

  it('falls back to the first non-empty language in the order, and says which', () => {
    const noEnglish = { ...full, en: '' };
    expect(pickText(noEnglish, 'en', ['kk', 'ru', 'en'])).toEqual({ text: 'Қажетті', lang: 'kk' });
    expect(pickText(noEnglish, 'en', ['ru', 'kk', 'en'])).toEqual({ text: 'Необходимые', lang: 'ru' });
  });

  it('treats whitespace-only text as missing', () => {
    expect(pickText({ kk: '  ', ru: '', en: 'Necessary' }, 'kk', order)).toEqual({ text: 'Necessary', lang: 'en' });
  });

  it('copes with a text object missing a language at run time', () => {
    const partial = { ru: 'Необходимые' } as unknown as Localized;
    expect(pickText(partial, 'kk', order)).toEqual({ text: 'Необходимые', lang: 'ru' });
  });

  it('returns empty text in the asked language when every language is empty', () => {
    expect(pickText({ kk: '', ru: '', en: '' }, 'ru', order)).toEqual({ text: '', lang: 'ru' });
  });

  it('does not change the text object', () => {
    const text = { kk: '', ru: 'Аналитика', en: 'Analytics' };
    pickText(text, 'kk', order);
    expect(text).toEqual({ kk: '', ru: 'Аналитика', en: 'Analytics' });
  });
});
