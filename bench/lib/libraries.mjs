// The libraries under test: their page, how to find their "accept all" button (in the page, and
// for the driver), and which cookie holds their decision.
import { INLINE_CONFIG } from './pages.mjs';

/** @typedef {{ id: string, name: string, page: string, cookie: string|null, accept: string, find: string, settings?: string, dialog?: string, data?: string[], inlineConfig?: string }} Library */

/** @type {Library[]} */
export const LIBRARIES = [
  {
    id: 'kelisim',
    name: 'Kelisim',
    page: '/bench/gen/kelisim.html',
    cookie: 'kelisim',
    // Playwright's CSS engine pierces open shadow roots.
    accept: '#kelisim [data-kelisim="accept-all"]',
    // In-page: the widget is #kelisim with an open shadow root.
    find: `(() => { const h = document.getElementById('kelisim'); return h && h.shadowRoot && h.shadowRoot.querySelector('[data-kelisim="accept-all"]'); })()`,
    // The banner's "Settings", and the preferences dialog's "Save" (for the driver).
    settings: '#kelisim [data-kelisim="open-settings"]',
    dialog: '#kelisim [data-kelisim="save"]',
  },
  {
    id: 'vanilla',
    name: 'vanilla-cookieconsent',
    page: '/bench/gen/vanilla.html',
    cookie: 'cc_cookie',
    // Its configuration module (translations, categories) counts as data, not library code.
    data: ['/bench/gen/vanilla-config.js'],
    accept: '#cc-main .cm [data-role="all"]',
    find: `document.querySelector('#cc-main .cm [data-role="all"]')`,
    settings: '#cc-main .cm [data-role="show"]',
    dialog: '#cc-main .pm',
  },
  {
    id: 'orejime',
    name: 'Orejime',
    page: '/bench/gen/orejime.html',
    cookie: 'eu-consent',
    // Its configuration is an inline script in the page: counted as data.
    inlineConfig: INLINE_CONFIG.orejime,
    accept: '.orejime-Banner-saveButton',
    find: `document.querySelector('.orejime-Banner-saveButton')`,
    settings: '.orejime-Banner-learnMoreButton',
    dialog: '.orejime-Modal',
  },
];

/** The reference page: the stub analytics script, not gated. */
export const BARE = { id: 'bare', name: 'ungated stub (reference)', page: '/bench/gen/bare.html', cookie: null, accept: '', find: 'null' };
