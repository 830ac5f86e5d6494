import { cookieTableCss } from './cookie-table-styles';

/**
 * The preferences dialog's own rules, added to the widget's shadow root (after `STYLES`, whose
 * themes and shared rules they build on) when the dialog first shows: the banner's chunk and
 * its first paint carry none of them. Words break only at the end of a line they cannot fit, so
 * no grid column grows to a long word's width (`:is(…)`, and the banner's `.text`).
 */
export const DIALOG_STYLES = `
h3{font-size:1.1em}.cat h3{font-size:1em}
:is(.scroll,.cat,details,.fold,.purposes>li,li>dl){grid-template-columns:minmax(0,1fr)}
.dialog{grid-template-rows:auto 1fr auto;max-height:calc(100vh - 16px);padding:0;gap:0}
.dialog>*{padding:12px 16px}
.scroll{overflow:auto;display:grid;gap:16px;border-block:1px solid var(--f)}
.cat{display:grid;gap:8px;border:1px solid var(--f);border-radius:var(--kelisim-radius,8px);padding:12px}
.switch{display:flex;gap:12px;align-items:center;font-weight:700;min-height:44px}
input{width:24px;height:24px;flex:none;accent-color:var(--a)}
details{display:grid;gap:8px}summary{cursor:pointer;min-height:24px;text-decoration:underline}
details[open]>summary{margin-bottom:8px}
details>div~div{content-visibility:auto;contain-intrinsic-size:auto 9em}
ul{padding-left:1.2em}li+li{margin-top:4px}
table{width:100%;border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:4px;border-bottom:1px solid var(--f)}
.tag{display:inline-block;border:1px solid var(--f);border-radius:4px;padding:0 4px;margin-left:4px;font-size:.75em;font-weight:700}
.tag,summary,th{overflow-wrap:break-word}.tag,.chips,.chips li{max-width:100%}.kelisim-cookies td ul{padding-left:1em}
.data{display:grid;grid-template-columns:minmax(0,1fr);gap:4px}.chips{display:flex;flex-wrap:wrap;gap:4px;list-style:none;padding:0}
.chips li{margin:0;border:1px solid var(--f);border-radius:12px;padding:0 8px;font-size:.875em;overflow-wrap:break-word}
.purposes>li,.fold,li>dl{display:grid;gap:4px}dt{font-weight:700}dd{margin-bottom:4px}
${cookieTableCss('')}
`;
