/**
 * The key on `window` under which the banner chunk hands the dialog chunk what they must share:
 * Preact (one renderer, one hooks state) and the texts context. A symbol, so no global name is
 * taken; scripts/build.mjs maps the dialog chunk's imports of these modules to it.
 */
export const SHARED = Symbol.for('kelisim.shared');
