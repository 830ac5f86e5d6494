// The policy builder and preview site: build a policy in the form (or its JSON), see the real
// widget show it, watch what it does, and take the code and the files that reproduce it.
import { LANGS, type Lang, type Policy } from '../../src/core/policy-types';
import { mountBuilderForm } from './builder/builder-form';
import { checkPolicy, type PolicyCheck } from './builder/check-policy';
import { createDraftStore } from './builder/draft-store';
import { focusField } from './builder/focus-field';
import { blankPolicy } from './builder/kz-defaults';
import { renderProblems } from './builder/problems-view';
import { readStoredDraft, storeDraft } from './builder/stored-draft';
import { createCodePanel } from './code/code-panel';
import { wireKitButton } from './kit/kit-button';
import { createEventLog } from './preview/event-log';
import { createPageTab } from './preview/page-tab';
import { createPreviewFrame } from './preview/preview-frame';
import { previewSetup, readSettings } from './preview/settings';
import { applyStrings } from './shared/apply-strings';
import { debounce } from './shared/debounce';
import { firstSample, sampleLabel, SAMPLES } from './shared/samples';
import { text } from './shared/strings';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const editor = byId<HTMLTextAreaElement>('editor');
const sample = byId<HTMLSelectElement>('sample');
const form = byId<HTMLFormElement>('settings');
const uiLang = byId<HTMLSelectElement>('ui-lang');
const problems = byId<HTMLElement>('problems');
const frameWrap = byId<HTMLElement>('frame-wrap');
const builderRoot = byId<HTMLElement>('builder');
const downloadPolicy = byId<HTMLAnchorElement>('download-policy');
const STORED_LANG = 'kelisim-demo-lang';
const BLANK = 'blank';
// Receipts go to the dev server's stand-in log; a static build has nowhere to send them.
const CONSENT_LOG = import.meta.env.DEV ? '/consent-log' : undefined;

let lang: Lang = LANGS.find((l) => l === readStoredLang()) ?? 'kk';
let check: PolicyCheck | undefined;
/** The last policy that passed validation: what the preview shows. */
let shown: Policy | undefined;

const log = createEventLog(byId<HTMLOListElement>('log'), lang);
const preview = createPreviewFrame(byId<HTMLIFrameElement>('frame'), (signal) => log.add(signal));
const code = createCodePanel(document, () => lang);
const pageTab = createPageTab(document);
wireKitButton(document, code, () => lang);
const store = createDraftStore(undefined);
const builder = mountBuilderForm(builderRoot, store, lang);

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(STORED_LANG);
  } catch {
    return null;
  }
}

/** The problems' paths, for the form to mark. */
const problemPaths = () => (check && check.kind !== 'syntax' ? check.problems.map((p) => p.path) : []);

/** Focus the form's field for a problem; the JSON view when the form has none. */
function pick(path: string): void {
  if (!focusField(builderRoot, path)) editor.focus();
}

function drawProblems(): void {
  renderProblems(problems, check, lang, !!shown, pick);
  builder.update(lang, problemPaths());
}

/** Interface language: every text, the sample names, the form, the problems and the log. */
function setLang(next: Lang): void {
  lang = next;
  uiLang.value = next;
  applyStrings(document, next);
  fillSamples();
  drawProblems();
  log.render(lang);
  code.setLang(lang);
  try {
    localStorage.setItem(STORED_LANG, next);
  } catch {
    // Private mode: the choice lasts this visit only.
  }
}

/** The start picker: "your own" (edited or uploaded), a blank policy, and every sample policy. */
function fillSamples(): void {
  const selected = sample.value;
  const own = new Option(text(lang, SAMPLES.length ? 'custom' : 'noSamples'), '');
  const blank = new Option(text(lang, 'blank'), BLANK);
  sample.replaceChildren(own, blank, ...SAMPLES.map((s) => new Option(sampleLabel(s, lang), s.id)));
  sample.value = selected;
}

/** Show the current settings in the preview, the policy page tab and the code panel. */
function showPreview(): void {
  const settings = readSettings(form);
  frameWrap.classList.toggle('mobile', settings.mobile);
  frameWrap.dataset.state = shown ? 'ready' : 'waiting';
  if (!shown) return;
  preview.show(previewSetup(shown, settings, CONSENT_LOG));
  pageTab.update(shown, settings.lang);
  code.update(shown, settings);
}

/** Check the JSON view's text; a valid policy replaces the preview, an invalid one leaves it. */
function checkEditor(): void {
  check = checkPolicy(editor.value);
  if (check.kind === 'valid') {
    shown = check.policy;
    showPreview();
  }
  drawProblems();
}

/** Keep the draft for the next visit and offer it as a file. */
function keepDraft(): void {
  storeDraft(editor.value);
  if (downloadPolicy.href) URL.revokeObjectURL(downloadPolicy.href);
  downloadPolicy.href = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
}

/** The JSON view's text as a draft for the form, when it is JSON at all. */
function syncForm(source: 'json' | 'start'): void {
  try {
    store.replace(JSON.parse(editor.value), source);
  } catch {
    // Not JSON (yet): the form keeps the last draft; the problems say what is wrong.
  }
}

/** Put `value` in the JSON view and the form, and check it at once. */
function load(value: string): void {
  editor.value = value;
  syncForm('start');
  keepDraft();
  checkEditor();
}

const checkSoon = debounce(checkEditor, 300);
const showSoon = debounce(showPreview, 300);
store.subscribe((draft, source) => {
  if (source !== 'form') return;
  editor.value = JSON.stringify(draft, null, 2) + '\n';
  sample.value = '';
  keepDraft();
  checkSoon();
});
editor.addEventListener('input', () => {
  sample.value = '';
  syncForm('json');
  keepDraft();
  checkSoon();
});
sample.addEventListener('change', () => {
  if (sample.value === BLANK) return load(JSON.stringify(blankPolicy(), null, 2) + '\n');
  const picked = SAMPLES.find((s) => s.id === sample.value);
  if (picked) load(picked.text);
});
byId('start-over').addEventListener('click', () => {
  if (!confirm(text(lang, 'startOverConfirm'))) return;
  storeDraft(null);
  sample.value = BLANK;
  load(JSON.stringify(blankPolicy(), null, 2) + '\n');
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
const stored = readStoredDraft();
const first = firstSample();
if (stored !== null) load(stored);
else if (first) {
  sample.value = first.id;
  load(first.text);
} else {
  sample.value = BLANK;
  load(JSON.stringify(blankPolicy(), null, 2) + '\n');
}
