// The policy preview site: pick or write a policy, see the real widget show it, watch what it
// does, and take the code that reproduces it.
import { LANGS, type Lang, type Policy } from '../../src/core/policy-types';
import { applyStrings } from './shared/apply-strings';
import { checkPolicy, type PolicyCheck } from './builder/check-policy';
import { createCodePanel } from './code/code-panel';
import { createEventLog } from './preview/event-log';
import { createPreviewFrame } from './preview/preview-frame';
import { renderProblems } from './builder/problems-view';
import { firstSample, sampleLabel, SAMPLES } from './shared/samples';
import { previewSetup, readSettings } from './preview/settings';
import { text } from './shared/strings';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = byId<HTMLTextAreaElement>('editor');
const sample = byId<HTMLSelectElement>('sample');
const form = byId<HTMLFormElement>('settings');
const uiLang = byId<HTMLSelectElement>('ui-lang');
const problems = byId<HTMLElement>('problems');
const frameWrap = byId<HTMLElement>('frame-wrap');
const STORED_LANG = 'kelisim-demo-lang';
// Receipts go to the dev server's stand-in log; a static build has nowhere to send them.
const CONSENT_LOG = import.meta.env.DEV ? '/consent-log' : undefined;

let lang: Lang = LANGS.find((l) => l === readStoredLang()) ?? 'kk';
let check: PolicyCheck | undefined;
/** The last policy that passed validation: what the preview shows. */
let shown: Policy | undefined;

const log = createEventLog(byId<HTMLOListElement>('log'), lang);
const preview = createPreviewFrame(byId<HTMLIFrameElement>('frame'), (signal) => log.add(signal));
const code = createCodePanel(document, () => lang);

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(STORED_LANG);
  } catch {
    return null;
  }
}

/** Interface language: every text, the sample names, the problems and the log. */
function setLang(next: Lang): void {
  lang = next;
  uiLang.value = next;
  applyStrings(document, next);
  fillSamples();
  renderProblems(problems, check, lang, !!shown);
  log.render(lang);
  try {
    localStorage.setItem(STORED_LANG, next);
  } catch {
    // Private mode: the choice lasts this visit only.
  }
}

/** The sample picker: every sample policy, and "your own" for edited or uploaded JSON. */
function fillSamples(): void {
  const selected = sample.value;
  const own = new Option(text(lang, SAMPLES.length ? 'custom' : 'noSamples'), '');
  sample.replaceChildren(own, ...SAMPLES.map((s) => new Option(sampleLabel(s, lang), s.id)));
  sample.value = selected;
}

/** Show the current settings in the preview and the code panel. */
function showPreview(): void {
  const settings = readSettings(form);
  frameWrap.classList.toggle('mobile', settings.mobile);
  frameWrap.dataset.state = shown ? 'ready' : 'waiting';
  if (!shown) return;
  preview.show(previewSetup(shown, settings, CONSENT_LOG));
  code.update(shown, settings);
}

/** Check the editor's text; a valid policy replaces the preview, an invalid one leaves it. */
function checkEditor(): void {
  check = checkPolicy(editor.value);
  if (check.kind === 'valid') {
    shown = check.policy;
    showPreview();
  }
  renderProblems(problems, check, lang, !!shown);
}

/** Put `text` in the editor and check it at once. */
function load(value: string): void {
  editor.value = value;
  checkEditor();
}

/** Run `fn` once input has paused for `ms`. */
function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

const checkSoon = debounce(checkEditor, 300);
const showSoon = debounce(showPreview, 300);
editor.addEventListener('input', () => {
  sample.value = '';
  checkSoon();
});
sample.addEventListener('change', () => {
  const picked = SAMPLES.find((s) => s.id === sample.value);
  if (picked) load(picked.text);
});
byId<HTMLInputElement>('upload').addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  file.text().then(
    (value) => {
      sample.value = '';
      load(value);
    },
    () => alert(text(lang, 'uploadFailed')),
  );
  input.value = '';
});
form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'accent-on') (form.elements.namedItem('accent') as HTMLInputElement).disabled = !target.checked;
  if (target.name === 'mobile') frameWrap.classList.toggle('mobile', target.checked);
  else if (target.name === 'accent') showSoon();
  else showPreview();
});
form.addEventListener('submit', (event) => event.preventDefault());
uiLang.addEventListener('change', () => setLang(uiLang.value as Lang));
byId('reset').addEventListener('click', () => preview.reset());
byId('returning').addEventListener('click', () => preview.reload());
byId('clear-log').addEventListener('click', () => log.clear());

(form.elements.namedItem('lang') as RadioNodeList).value = lang;
setLang(lang);
log.clear();
const first = firstSample();
if (first) {
  sample.value = first.id;
  load(first.text);
} else showPreview();
