import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createConsent } from '../../src/core/create-consent';
import { mount } from '../../src/ui/mount';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
  delete (window as { pwned?: boolean }).pwned;
});

const IMG = '<img src=x onerror="window.pwned=true">';
const SCRIPT = '<script>window.pwned=true</script>';

describe('policy strings are text, never HTML', () => {
  test('HTML and script payloads show literally and create no element', () => {
    const policy = fixturePolicy();
    policy.operator.name.en = IMG;
    policy.summary!.en = SCRIPT;
    policy.categories[1]!.title.en = `<b>${IMG}</b>`;
    policy.categories[1]!.services[0]!.cookies[0]!.purpose.en = SCRIPT;
    policy.rights[0]!.en = '<a href="javascript:alert(1)">click</a>';
    const { root, ui } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    expect(root.querySelectorAll('img, script, iframe').length).toBe(0);
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    const text = root.textContent ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain(SCRIPT);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('errors stay inside the widget', () => {
  test('a policy getter that throws while rendering is logged once with "Kelisim:" and the page goes on', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const policy = fixturePolicy();
    Object.defineProperty(policy.categories[1]!, 'description', {
      get() {
        throw new Error('broken getter');
      },
    });
    const { ui, handle } = mountWidget({}, policy);
    expect(() => fireEvent.click(ui.getByRole('button', { name: 'Settings' }))).not.toThrow();
    expect(() => handle.open()).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^Kelisim: /);
    expect((error.mock.calls[0]![1] as Error).message).toBe('broken getter');
    expect(document.querySelector('#kelisim')!.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
  });

  test('an error thrown by the store in a button handler is reported, not thrown at the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const policy = fixturePolicy();
    const consent = createConsent({ policy });
    consent.acceptAll = () => {
      throw new Error('storage full');
    };
    mount(consent, { policy, lang: 'en' });
    const button = document.querySelector('#kelisim')!.shadowRoot!.querySelector<HTMLElement>('[data-kelisim="accept-all"]')!;
    expect(() => fireEvent.click(button)).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^Kelisim: /);
  });

  test('mount itself never throws, even when the policy is unusable', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent({ policy: fixturePolicy() });
    const handle = mount(consent, { policy: {} as never, lang: 'en' });
    expect(() => handle.open()).not.toThrow();
    expect(() => handle.destroy()).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^Kelisim: /);
  });
});

describe('the host element', () => {
  test('has an open shadow root with the widget styles, and survives page CSS hiding it', () => {
    document.head.insertAdjacentHTML('beforeend', '<style id="page">#kelisim{display:none}</style>');
    const { root } = mountWidget();
    const host = document.querySelector<HTMLElement>('#kelisim')!;
    expect(host.shadowRoot).toBe(root);
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(getComputedStyle(host).display).toBe('block');
    // jsdom has no adoptedStyleSheets, so the fallback <style> carries the sheet.
    expect(root.querySelector('style')!.textContent).toContain('--kelisim-accent');
    document.getElementById('page')!.remove();
  });

  test('the banner paints with the banner rules only; the dialog adds its own rules when it first shows, once', () => {
    const { root, ui } = mountWidget();
    const styles = () => [...root.querySelectorAll('style')].map((style) => style.textContent ?? '');
    expect(styles()).toHaveLength(1);
    expect(styles()[0]).not.toContain('content-visibility');
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    expect(styles()).toHaveLength(2);
    expect(styles()[1]).toContain('content-visibility');
    fireEvent.keyDown(root.querySelector('[role="dialog"]')!, { key: 'Escape' });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(styles()).toHaveLength(2);
  });

  test('reuses an existing #kelisim and leaves it in place on destroy', () => {
    document.body.insertAdjacentHTML('beforeend', '<footer><div id="kelisim"></div></footer>');
    const { handle, root } = mountWidget();
    expect(document.querySelectorAll('#kelisim').length).toBe(1);
    expect(root.querySelector('[role="region"]')).not.toBeNull();
    handle.destroy();
    expect(document.querySelector('footer #kelisim')).not.toBeNull();
    expect(root.children.length).toBe(0);
  });
});
