/*
 * The widget's stylesheet (the dialog adds its own rules, ./dialog-styles.ts); it lives in the
 * shadow root, so page CSS cannot reach inside.
 * Theme it from the host page with custom properties (they cross the shadow boundary), e.g.
 * `#kelisim { --kelisim-accent: #7a1f5c }`:
 *   --kelisim-bg         panel background        light #ffffff  dark #1b1e23
 *   --kelisim-fg         text, borders            light #1c1c1e  dark #f2f4f7
 *   --kelisim-accent     buttons, focus ring      light #005a8c  dark #8fd0ff
 *   --kelisim-accent-fg  text on buttons          light #ffffff  dark #0b1a26
 *   --kelisim-radius     corner radius            8px
 *   --kelisim-font       font family              system-ui, sans-serif
 *   --kelisim-z          stacking order           2147483000
 * WCAG 2.2 AA contrast of the defaults (computed with the WCAG relative-luminance formula):
 *   light: fg/bg 17.01:1, accent-fg/accent 7.39:1, accent (focus ring, switch) /bg 7.39:1
 *   dark:  fg/bg 15.17:1, accent-fg/accent 10.62:1, accent (focus ring, switch) /bg 10.05:1
 * All three decision buttons share one class, so they have the same size, weight and contrast.
 * Change the colours and you own these ratios: keep text ≥ 4.5:1 and controls/focus ≥ 3:1.
 * In the dialog, every service after a category's first is laid out only near the screen
 * (`content-visibility`), so opening a category with thousands of them stays quick.
 */

/** Colours of one theme as the private variables the rules below use. */
const theme = (bg: string, fg: string, accent: string, accentFg: string, scheme: string) =>
  `--b:var(--kelisim-bg,${bg});--f:var(--kelisim-fg,${fg});--a:var(--kelisim-accent,${accent});` +
  `--o:var(--kelisim-accent-fg,${accentFg});color-scheme:${scheme}`;

const dark = theme('#1b1e23', '#f2f4f7', '#8fd0ff', '#0b1a26', 'dark');

/**
 * The widget's CSS for the banner: themes, the three layouts, the floating button, what the dialog
 * shares with the banner. The dialog's own rules come with it (`DIALOG_STYLES`, src/ui/dialog-styles.ts).
 */
export const STYLES = `
:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important}
.k{${theme('#fff', '#1c1c1e', '#005a8c', '#fff', 'light')};font:1em/1.5 var(--kelisim-font,system-ui,sans-serif);color:var(--f)}
.k.dark{${dark}}
@media (prefers-color-scheme:dark){.k.auto{${dark}}}
.k *{box-sizing:border-box;margin:0;overflow-wrap:anywhere}
.panel{position:fixed;z-index:var(--kelisim-z,2147483000);background:var(--b);border:1px solid var(--f);border-radius:var(--kelisim-radius,8px);padding:16px;max-height:calc(100vh - 16px);overflow:auto;box-shadow:0 4px 24px #0004;display:grid;gap:12px}
.bar{left:0;right:0;bottom:0;border-radius:0;border-width:1px 0 0}
.box{right:8px;bottom:8px;width:min(420px,calc(100vw - 16px))}
.panel:not(.dialog){display:flex;flex-direction:column}
.text{flex:0 1 auto;min-height:0;overflow:auto;display:grid;gap:12px;align-content:start;grid-template-columns:minmax(0,1fr)}
.buttons{flex:none}
.modal,.dialog{top:50%;left:50%;transform:translate(-50%,-50%);width:min(680px,calc(100vw - 16px))}
.backdrop{position:fixed;inset:0;z-index:var(--kelisim-z,2147483000);background:#000a}
.head{display:flex;flex-wrap:wrap;gap:8px;align-items:center}.head h2{flex:1 1 12em}
h2{font-size:1.25em}
.bi{display:block}
.buttons{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(11em,100%),1fr));gap:8px}
.buttons button{line-height:1.25;padding:6px 12px}.buttons .bi{font-size:.875em;font-weight:400}
button,.button{font:inherit;min-height:44px;min-width:44px;padding:8px 16px;border:2px solid var(--a);border-radius:var(--kelisim-radius,8px);background:var(--a);color:var(--o);font-weight:600;cursor:pointer;text-align:center;text-decoration:none}
.quiet{background:var(--b);color:var(--f)}
.langs{display:flex;gap:4px;flex-wrap:wrap}.langs button{min-height:32px;padding:2px 8px;font-size:.875em}
.langs [aria-pressed=true]{text-decoration:underline;font-weight:700}
a{color:inherit;text-decoration:underline}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
.floating{position:fixed;z-index:var(--kelisim-z,2147483000);left:8px;bottom:8px;box-shadow:0 2px 8px #0004}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
