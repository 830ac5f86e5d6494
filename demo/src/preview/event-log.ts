import type { Lang } from '../../../src/core/policy-types';
import { describeSignal } from './describe-signal';
import type { Signal } from '../shared/messages';
import { text } from '../shared/strings';

/** Signals with a payload worth reading in full. */
const DETAILED = new Set(['ready', 'consent', 'change', 'withdraw', 'receipt', 'consent-mode', 'data-layer']);

/** The newest entries kept; older ones drop off. */
const LIMIT = 400;

/** `HH:MM:SS.mmm` in local time. */
function clock(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** The event log: every signal with its time, newest last; re-rendered on a language change. */
export interface EventLog {
  add(signal: Signal): void;
  clear(): void;
  render(lang: Lang): void;
}

/** An event log drawn into `list`, an `<ol>` inside its scrolling `role="log"` box. */
export function createEventLog(list: HTMLOListElement, initialLang: Lang): EventLog {
  const box = list.parentElement ?? list;
  const entries: Signal[] = [];
  let lang = initialLang;

  const item = (signal: Signal): HTMLLIElement => {
    const li = document.createElement('li');
    li.dataset.kind = signal.kind;
    const time = document.createElement('time');
    time.dateTime = new Date(signal.at).toISOString();
    time.textContent = clock(signal.at);
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = text(lang, `kind.${signal.kind}`);
    const what = document.createElement('span');
    what.className = 'what';
    what.textContent = describeSignal(signal, lang);
    li.append(time, kind, what);
    if (DETAILED.has(signal.kind) && signal.detail !== null) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = 'JSON';
      const pre = document.createElement('pre');
      pre.textContent = JSON.stringify(signal.detail, null, 2);
      details.append(summary, pre);
      li.append(details);
    }
    return li;
  };

  const empty = () => {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = text(lang, 'logEmpty');
    return li;
  };

  return {
    add(signal) {
      // Keep the newest entry in view unless the reader scrolled up to read older ones.
      const follow = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
      entries.push(signal);
      list.querySelector('.empty')?.remove();
      list.append(item(signal));
      if (entries.length > LIMIT) {
        entries.shift();
        list.firstElementChild?.remove();
      }
      if (follow) box.scrollTop = box.scrollHeight;
    },
    clear() {
      entries.length = 0;
      list.replaceChildren(empty());
    },
    render(next) {
      lang = next;
      list.replaceChildren(...(entries.length ? entries.map(item) : [empty()]));
    },
  };
}
