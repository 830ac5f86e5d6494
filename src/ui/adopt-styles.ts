/**
 * Puts `css` into the shadow root as a constructable stylesheet, which a strict CSP
 * (`style-src 'self'`, no 'unsafe-inline') allows; a `<style>` element only where
 * `adoptedStyleSheets` is missing (old browsers, jsdom).
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
}
