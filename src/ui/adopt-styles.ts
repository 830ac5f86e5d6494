/** One constructed sheet per text: a sheet can be shared by every shadow root of the document. */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds `css` to the shadow root's styles, after those already there, once: as a constructable
 * stylesheet, which a strict CSP (`style-src 'self'`, no 'unsafe-inline') allows; a `<style>`
 * element only where `adoptedStyleSheets` is missing (old browsers, jsdom).
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (![...root.querySelectorAll('style')].some((style) => style.textContent === css)) {
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
}
