import { describe, expect, test } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { EMBED_TEXTS } from '../../src/embeds/embed-texts';

describe('the embeds chunk texts', () => {
  test('are the locales’ embed sections, word for word', () => {
    expect(EMBED_TEXTS).toEqual({ kk: kk.embed, ru: ru.embed, en: en.embed });
  });
});
