import { LANGS, type Lang, type Policy } from '../../../src/core/policy-types';
import type { Settings } from '../preview/settings';
import { copyText } from '../shared/copy-button';
import { text } from '../shared/strings';
import { codeTexts, fill, type Platform } from './code-strings';
import { gateCounterCode, serviceName } from './counter-code';
import { CDN_SCRIPT_URL, footerLink, npmSnippet, policyJson, scriptTag, SELF_POLICY_URL, SELF_SCRIPT_URL, type TagOptions } from './snippet';

/** What the code panel shows now: the platform, the tag's options and the tag itself. */
export interface CodeChoice {
  platform: Platform;
  options: TagOptions;
  tag: string;
  policy: Policy;
  settings: Settings;
}

/** "Get the code": per platform, with its steps, the tag, the policy, the footer link, the counter converter. */
export interface CodePanel {
  update(policy: Policy, settings: Settings): void;
  /** Redraw in the interface language. */
  setLang(lang: Lang): void;
  /** The current choice, once a valid policy has been shown. */
  current(): CodeChoice | undefined;
}

/** Wire the code panel in `root` (the page); `lang()` gives the interface language. */
export function createCodePanel(root: Document, lang: () => Lang): CodePanel {
  const byId = <T extends HTMLElement>(id: string) => root.getElementById(id) as T;
  const scriptUrl = byId<HTMLInputElement>('script-url');
  const policyUrl = byId<HTMLInputElement>('policy-url');
  const perLanguage = byId<HTMLInputElement>('per-language');
  const fixLang = byId<HTMLInputElement>('fix-lang');
  const counterInput = byId<HTMLTextAreaElement>('counter-input');
  const download = byId<HTMLAnchorElement>('download');
  const status = byId<HTMLElement>('copy-status');
  const radio = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  scriptUrl.value = SELF_SCRIPT_URL;
  policyUrl.value = SELF_POLICY_URL;
  let last: { policy: Policy; settings: Settings } | undefined;

  const choice = (): CodeChoice | undefined => {
    if (!last) return undefined;
    const platform = radio('platform') as Platform;
    const options: TagOptions = {
      scriptUrl: scriptUrl.value.trim(),
      policy: platform === 'tilda' ? 'inline' : policyUrl.value.trim(),
      ...(fixLang.checked ? { lang: last.settings.lang } : {}),
    };
    return { platform, options, tag: scriptTag(last.policy, last.settings, options), ...last };
  };

  const drawTexts = () => {
    const texts = codeTexts(lang());
    for (const el of root.querySelectorAll<HTMLElement>('[data-code-text]')) {
      const key = el.dataset.codeText as keyof typeof texts;
      if (typeof texts[key] === 'string') el.textContent = texts[key] as string;
    }
    const steps = texts.steps[radio('platform') as Platform] ?? [];
    byId('code-steps').replaceChildren(...steps.map((step) => Object.assign(root.createElement('li'), { textContent: step })));
  };

  const drawCounter = () => {
    const texts = codeTexts(lang());
    const out = byId('code-counter');
    const notes = byId('counter-notes');
    if (!counterInput.value.trim()) {
      out.textContent = '';
      notes.replaceChildren();
      return;
    }
    const gated = gateCounterCode(counterInput.value, last?.policy, root);
    out.textContent = gated.html;
    notes.replaceChildren(
      ...gated.notes.map((note) => {
        const li = root.createElement('li');
        li.dataset.note = note.kind;
        const vars = { ...note, ...('service' in note ? { service: serviceName(note.service) } : {}) } as Record<string, string>;
        const template = { gated: texts.notes.gated, noscript: texts.notes.noscript, unknown: texts.notes.unknown, 'not-in-policy': texts.notes.notInPolicy, integration: texts.notes.integration }[note.kind];
        li.textContent = fill(template, vars);
        return li;
      }),
    );
  };

  const render = () => {
    drawTexts();
    drawCounter();
    const platform = radio('platform') as Platform;
    byId('script-block').hidden = platform === 'npm';
    byId('npm-block').hidden = platform !== 'npm';
    byId('policy-url-field').hidden = platform === 'tilda';
    byId('per-language-field').hidden = platform === 'tilda';
    byId('code-footer').textContent = LANGS.map(footerLink).join('\n');
    const now = choice();
    if (!now) return;
    const json = policyJson(now.policy);
    byId('code-script').textContent = now.tag;
    byId('code-policy').textContent = json;
    byId('code-npm').textContent = npmSnippet(now.policy, now.settings);
    if (download.href) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    download.download = policyUrl.value.trim().replace(/^.*\//, '').replace('{lang}', 'kk') || 'policy.json';
  };

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'source') scriptUrl.value = target.value === 'cdn' ? CDN_SCRIPT_URL : SELF_SCRIPT_URL;
    if (target === perLanguage)
      policyUrl.value = perLanguage.checked ? policyUrl.value.replace(/policy\.json$/, 'policy.{lang}.json') : policyUrl.value.replace('policy.{lang}.json', 'policy.json');
    if (['platform', 'source'].includes(target.name) || target === perLanguage || target === fixLang) render();
  });
  for (const input of [scriptUrl, policyUrl]) input.addEventListener('input', render);
  counterInput.addEventListener('input', drawCounter);

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
    setLang: render,
    update(policy, settings) {
      last = { policy, settings };
      status.textContent = '';
      render();
    },
    current: choice,
  };
}
