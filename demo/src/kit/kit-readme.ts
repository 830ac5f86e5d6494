import type { Lang } from '../../../src/core/policy-types';
import type { CodeChoice } from '../code/code-panel';
import { codeTexts } from '../code/code-strings';
import { CDN_SCRIPT_URL, footerLink } from '../code/snippet';

/** The kit's README in `lang`: the steps for the chosen platform, the snippet, the files, where they come from. */
export function kitReadme(choice: CodeChoice, lang: Lang, files: readonly string[]): string {
  const t = codeTexts(lang);
  return [
    `# ${t.readmeTitle} — ${t.names[choice.platform]}`,
    '',
    `## ${t.readmeSteps}`,
    '',
    ...t.steps[choice.platform].map((step, i) => `${i + 1}. ${step}`),
    '',
    `## ${t.readmeSnippet}`,
    '',
    '```html',
    choice.tag,
    '```',
    '',
    `${t.footer}:`,
    '',
    '```html',
    footerLink(lang),
    '```',
    '',
    `## ${t.readmeFiles}`,
    '',
    ...files.map((file) => `- \`${file}\``),
    '',
    t.readmeTry,
    '',
    `${t.source}: ${t.sourceSelf}. ${t.sourceCdn}: \`${CDN_SCRIPT_URL}\``,
    '',
    t.readmeNote,
    '',
  ].join('\n');
}
