// What the banner chunk shares with the dialog chunk (see ./shared): whole modules here; the
// build (scripts/build.mjs) replaces this file by the bindings the dialog chunk imports, no more.
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import * as languages from './language-switcher';
import * as texts from './texts';

/** The shared modules by the dialog chunk's specifier (`texts`: src/ui/texts.tsx, `languages`: src/ui/language-switcher.tsx). */
export const modules: Record<string, object> = { preact, 'preact/hooks': hooks, 'preact/jsx-runtime': jsxRuntime, texts, languages };
