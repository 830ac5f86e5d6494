import { floating as en } from '../../locales/en.json';
import { floating as kk } from '../../locales/kk.json';
import { floating as ru } from '../../locales/ru.json';
import type { Lang } from '../core/policy-types';

const LABELS: Record<Lang, string> = { kk, ru, en };

// The widget's own floating button, in its default colours (white on #005a8c: 7.4:1).
const CSS =
  ':host{all:initial!important;display:block!important}' +
  'button{position:fixed;z-index:var(--kelisim-z,2147483000);left:8px;bottom:8px;min-height:44px;padding:8px 16px;' +
  'border:2px solid var(--kelisim-accent,#005a8c);border-radius:var(--kelisim-radius,8px);background:var(--kelisim-accent,#005a8c);' +
  'color:var(--kelisim-accent-fg,#fff);font:600 1em/1.5 var(--kelisim-font,system-ui,sans-serif);cursor:pointer;box-shadow:0 2px 8px #0004}' +
  'button:focus-visible{outline:3px solid var(--kelisim-accent,#005a8c);outline-offset:2px}';

/**
 * The "cookie settings" button a returning visitor sees, drawn by the loader so that the widget
 * loads only when it is pressed. Same place, look and label as the widget's own. Returns the
 * function that removes it (before the widget takes over `#kelisim`).
 */
export function showFloatingButton(lang: Lang, onPress: () => void): () => void {
  const host = document.createElement('div');
  host.id = 'kelisim';
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'open' });
  // A constructable stylesheet (strict CSP allows it); where there is none (Safari before 16.4
  // throws "Illegal constructor"), a <style> element, as the widget does.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(Object.assign(document.createElement('style'), { textContent: CSS }));
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.lang = lang;
  button.textContent = LABELS[lang];
  button.dataset.kelisim = 'open-settings';
  button.onclick = onPress;
  root.append(button);
  const add = () => document.getElementById('kelisim') || document.body.append(host);
  if (document.body) add();
  else document.addEventListener('DOMContentLoaded', add);
  return () => {
    document.removeEventListener('DOMContentLoaded', add);
    host.remove();
  };
}
