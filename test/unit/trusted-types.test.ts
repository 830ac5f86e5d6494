import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustedTypes } from '../../src/core/trusted-types';

/** A stand-in for the browser's `trustedTypes`: like Chromium, it refuses a policy name twice. */
function installFactory(refuse = false) {
  const names: string[] = [];
  const factory = {
    createPolicy: vi.fn((name: string, rules: { createScript(s: string): string; createScriptURL(s: string): string }) => {
      if (refuse || names.includes(name)) throw new TypeError(`Policy "${name}" disallowed.`);
      names.push(name);
      return { name, createScript: (s: string) => `script:${rules.createScript(s)}`, createScriptURL: (s: string) => `url:${rules.createScriptURL(s)}` };
    }),
  };
  vi.stubGlobal('trustedTypes', factory);
  return factory;
}

afterEach(() => vi.unstubAllGlobals());

describe('trustedTypes', () => {
  it('without Trusted Types passes strings on unchanged and creates nothing', () => {
    expect(trustedTypes().createScriptURL('/tag.js')).toBe('/tag.js');
    expect(trustedTypes().createScript('ym(1)')).toBe('ym(1)');
  });

  it('creates the one "kelisim" policy on first use and reuses it, as every other copy of the module would', () => {
    const factory = installFactory();
    expect(factory.createPolicy).not.toHaveBeenCalled();
    const policy = trustedTypes();
    expect(policy.createScriptURL('https://mc.yandex.ru/metrika/tag.js')).toBe('url:https://mc.yandex.ru/metrika/tag.js');
    expect(policy.createScript('ym(1)')).toBe('script:ym(1)');
    expect(trustedTypes()).toBe(policy);
    expect(factory.createPolicy).toHaveBeenCalledTimes(1);
    expect(factory.createPolicy.mock.calls[0]![0]).toBe('kelisim');
  });

  it('when the page refuses the name, does not throw and passes strings on (the browser reports the refusal)', () => {
    installFactory(true);
    expect(() => trustedTypes()).not.toThrow();
    expect(trustedTypes().createScriptURL('/tag.js')).toBe('/tag.js');
  });
});
