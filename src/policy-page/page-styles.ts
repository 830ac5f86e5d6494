/*
 * The policy page's stylesheet, scoped to `.kelisim-page` so it sits in any site's page. It
 * follows the site's font and colours; tables and headings stay readable at 320 px. Print: the
 * language switcher and every button or select are hidden, and each web link shows its address.
 * Default colours: text #1c1c1e on #fff is 17.01:1; links and focus #005a8c on #fff are 7.39:1.
 */

import { cookieTableCss } from '../ui/cookie-table-styles';

/** The CSS of the policy page, on screen and in print. */
export const PAGE_STYLES = `
.kelisim-page{max-width:50em;line-height:1.5;overflow-wrap:anywhere}
.kelisim-page h1{font-size:1.75em;margin:0 0 .5em}
.kelisim-page h2{font-size:1.35em;margin:1.5em 0 .5em}
.kelisim-page h3{font-size:1.1em;margin:1.2em 0 .4em}
.kelisim-page h4{font-size:1em;margin:1em 0 .3em}
.kelisim-page a{color:var(--kelisim-accent,#005a8c);text-decoration:underline}
.kelisim-page :focus-visible{outline:3px solid var(--kelisim-accent,#005a8c);outline-offset:2px}
.kelisim-page table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.95em}
.kelisim-page caption{text-align:left;font-weight:600;padding:.25em 0}
.kelisim-page th,.kelisim-page td{border:1px solid currentColor;padding:.3em .5em;text-align:left;vertical-align:top}
.kelisim-page .kelisim-page-facts{list-style:none;padding-left:0}
.kelisim-page .kelisim-page-label{font-weight:600}
.kelisim-page .tag{margin-left:.5em;padding:0 .4em;border:1px solid currentColor;border-radius:4px;font-size:.875em}
.kelisim-page-langs ul{display:flex;flex-wrap:wrap;gap:.5em 1em;list-style:none;padding:0;margin:0 0 1em}
.kelisim-page-langs a,.kelisim-page-langs button{display:inline-block;min-height:24px;min-width:24px}
.kelisim-page-langs [aria-current=page],.kelisim-page-langs [aria-pressed=true]{font-weight:700}
.kelisim-page button{font:inherit;min-height:44px;padding:8px 16px;border:2px solid var(--kelisim-accent,#005a8c);border-radius:8px;background:var(--kelisim-accent,#005a8c);color:var(--kelisim-accent-fg,#fff);font-weight:600;cursor:pointer}
.kelisim-page-langs button{min-height:32px;padding:2px 8px;background:transparent;color:inherit}
.kelisim-page-generated{margin-top:2em;font-size:.875em}
${cookieTableCss('.kelisim-page ')}
@media print{
.kelisim-page-langs,.kelisim-page button,.kelisim-page select,.kelisim-page input{display:none!important}
.kelisim-page{max-width:none;font-size:11pt;color:#000}
.kelisim-page a{color:inherit}
.kelisim-page a[href^="http"]::after{content:" (" attr(href) ")";font-size:.9em}
.kelisim-page h2,.kelisim-page h3,.kelisim-page h4{break-after:avoid}
.kelisim-page tr{break-inside:avoid}
}
`;
