import type { Lang, Policy } from '../../../src/core/policy-types';
import { copyText } from '../shared/copy-button';
import type { Settings } from '../preview/settings';
import { DEFAULT_POLICY_URL, DEFAULT_SCRIPT_URL, npmSnippet, policyJson, scriptTag } from './snippet';
import { text } from '../shared/strings';

/** "Get the code": the script tag, the policy JSON and the npm snippet, each with a copy button. */
export interface CodePanel {
  update(policy: Policy, settings: Settings): void;
  /** Redraw the step lists in the interface language. */
  setLang(lang: Lang): void;
}

/** Wire the code panel in `root` (the page); `lang()` gives the interface language for messages. */
export function createCodePanel(root: Document, lang: () => Lang): CodePanel {
  const byId = <T extends HTMLElement>(id: string) => root.getElementById(id) as T;
  const scriptUrl = byId<HTMLInputElement>('script-url');
  const policyUrl = byId<HTMLInputElement>('policy-url');
  const download = byId<HTMLAnchorElement>('download');
  const status = byId<HTMLElement>('copy-status');
  scriptUrl.value = DEFAULT_SCRIPT_URL;
  policyUrl.value = DEFAULT_POLICY_URL;
  let last: { policy: Policy; settings: Settings } | undefined;

  const render = () => {
    if (!last) return;
    const hosting = { scriptUrl: scriptUrl.value.trim(), policyUrl: policyUrl.value.trim() };
    const json = policyJson(last.policy);
    byId('code-script').textContent = scriptTag(last.policy, last.settings, hosting);
    byId('code-policy').textContent = json;
    byId('code-npm').textContent = npmSnippet(last.settings);
    if (download.href) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    download.download = hosting.policyUrl.replace(/^.*\//, '') || 'kelisim-policy.json';
  };
  scriptUrl.addEventListener('input', render);
  policyUrl.addEventListener('input', render);

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      const value = byId(button.dataset.copy!).textContent ?? '';
      copyText(value).then(
        () => (status.textContent = text(lang(), 'copied')),
        () => (status.textContent = text(lang(), 'copyFailed')),
      );
    });
  }

  return {
    setLang: () => render(),
    update(policy, settings) {
      last = { policy, settings };
      status.textContent = '';
      render();
    },
  };
}
