import { fireEvent } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/policy-types';
import { cleanUp, mountWidget } from './widget-harness';

afterEach(cleanUp);

/** axe-core's violations inside the widget; contrast is left to the real-browser tests (jsdom has no layout). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.querySelector('#kelisim')!, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core finds no violations', () => {
  test.each<[Lang, boolean]>([
    ['kk', false],
    ['ru', false],
    ['en', false],
    ['kk', true],
  ])('in the banner (%s, bilingual %s)', async (lang, bilingual) => {
    document.documentElement.lang = lang;
    mountWidget({ lang, bilingual });
    expect(await violations()).toEqual([]);
  });

  test('in the preferences dialog with a decision in force', async () => {
    document.documentElement.lang = 'en';
    const { ui } = mountWidget();
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(ui.getByRole('button', { name: 'Cookie settings' }));
    for (const details of document.querySelector('#kelisim')!.shadowRoot!.querySelectorAll('details')) details.open = true;
    expect(await violations()).toEqual([]);
  });
});
