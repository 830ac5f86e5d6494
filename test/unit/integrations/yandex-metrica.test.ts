// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startYandexMetrica, type Ym } from '../../../src/integrations/yandex-metrica';
import { freshConsent, returningConsent } from './consent-fixture';

const ID = 98765432;
const FLAG = `disableYaCounter${ID}`;
type Host = { ym?: Ym } & Record<string, unknown>;

/** Calls queued in the standard `ym` stub, as plain arrays. */
const queued = (win: Host) => (win.ym?.a ?? []).map((args) => Array.from(args));
const metricaScripts = () => Array.from(document.scripts).filter((s) => s.src.includes('tag.js'));

afterEach(() => document.head.replaceChildren());

describe('Yandex Metrica under consent', () => {
  it('sets the opt-out flag and loads nothing before consent', () => {
    const win: Host = {};
    startYandexMetrica(freshConsent(), { id: ID }, win, document);
    expect(win[FLAG]).toBe(true);
    expect(win.ym).toBeUndefined();
    expect(metricaScripts()).toHaveLength(0);
  });

  it('after analytics consent removes the flag, inserts tag.js and inits once, webvisor off', () => {
    const win: Host = {};
    const consent = freshConsent();
    startYandexMetrica(consent, { id: ID, init: { clickmap: true } }, win, document, 'n0nce');
    consent.set(['analytics']);
    consent.set(['analytics', 'marketing']);
    expect(FLAG in win).toBe(false);
    const scripts = metricaScripts();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toBe('https://mc.yandex.ru/metrika/tag.js');
    expect(scripts[0]!.async).toBe(true);
    expect(scripts[0]!.nonce).toBe('n0nce');
    expect(queued(win)).toEqual([[ID, 'init', { webvisor: false, clickmap: true }]]);
    expect(Object.prototype.toString.call(win.ym!.a![0])).toBe('[object Arguments]');
  });

  it('does not init on a decision that declines analytics', () => {
    const win: Host = {};
    const consent = freshConsent();
    startYandexMetrica(consent, { id: ID }, win, document);
    consent.set(['marketing']);
    expect(win[FLAG]).toBe(true);
    expect(win.ym).toBeUndefined();
  });

  it('inits at start for a returning visitor, through a ym the page already has, webvisor as configured', () => {
    const calls: unknown[][] = [];
    const win: Host = { ym: (...args: unknown[]) => void calls.push(args) };
    startYandexMetrica(returningConsent(['analytics']), { id: ID, webvisor: true, src: '/stub/tag.js' }, win, document);
    expect(calls).toEqual([[ID, 'init', { webvisor: true }]]);
    expect(document.scripts[0]!.getAttribute('src')).toBe('/stub/tag.js');
  });

  it('sets the flag back after withdrawal and sends page views only with consent', () => {
    const calls: unknown[][] = [];
    const win: Host = { ym: (...args: unknown[]) => void calls.push(args) };
    const consent = freshConsent();
    const metrica = startYandexMetrica(consent, { id: ID }, win, document);
    metrica.pageView('https://shop.kz/a');
    consent.acceptAll();
    metrica.pageView('https://shop.kz/b');
    consent.withdraw();
    metrica.pageView('https://shop.kz/c');
    expect(win[FLAG]).toBe(true);
    expect(calls.map((c) => c.slice(1))).toEqual([['init', { webvisor: false }], ['hit', 'https://shop.kz/b']]);
  });
});
