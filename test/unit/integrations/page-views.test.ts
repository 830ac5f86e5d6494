// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { watchRouteChanges } from '../../../src/integrations/page-views';

describe('watchRouteChanges', () => {
  it('reports back/forward and hash navigations once each, never the URL already shown', () => {
    const seen: string[] = [];
    const stop = watchRouteChanges(window, (url) => seen.push(url));
    history.pushState({}, '', '/catalog');
    window.dispatchEvent(new PopStateEvent('popstate'));
    location.hash = '#reviews';
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([`${location.origin}/catalog`, `${location.origin}/catalog#reviews`]);
    stop();
    history.pushState({}, '', '/after-stop');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toHaveLength(2);
  });

  it("uses the Navigation API's navigatesuccess where the browser has it, and no history events", () => {
    const navigation = new EventTarget();
    const win = Object.assign(new EventTarget(), { location: { href: 'https://shop.kz/' }, navigation });
    const seen: string[] = [];
    const stop = watchRouteChanges(win as never, (url) => seen.push(url));
    win.location.href = 'https://shop.kz/cart';
    win.dispatchEvent(new Event('popstate'));
    expect(seen).toEqual([]);
    navigation.dispatchEvent(new Event('navigatesuccess'));
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['https://shop.kz/cart']);
    stop();
    win.location.href = 'https://shop.kz/pay';
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toHaveLength(1);
  });
});
