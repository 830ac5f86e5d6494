// The bench's main-thread attribution: the gated stub's own work never counts for the library
// that starts it, and "until the banner" ends at the page's banner-visible mark.
import { expect, test } from 'vitest';
import { libraryMainThreadTime } from '../../../bench/lib/trace.mjs';

const ORIGIN = 'http://127.0.0.1:1';
const PAGE = '/bench/gen/lib.html';
const LIB = '/lib.js';
const STUB = '/bench/pages/stub-analytics.js';
const main = { pid: 1, tid: 7 };
const js = (name: string, ts: number, dur: number, url: string) => ({ ...main, ph: 'X', name, ts, dur, tdur: dur, args: { data: { url: ORIGIN + url } } });
const mark = (message: string, ts: number) => ({ ...main, ph: 'I', name: 'TimeStamp', ts, args: { data: { message } } });
const EVENTS = [
  { ...main, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
  { ...main, ph: 'X', name: 'ParseHTML', ts: 1000, dur: 10, args: { beginData: { url: ORIGIN + PAGE } } },
  js('EvaluateScript', 2000, 5000, LIB), // the library's script, 5 ms …
  js('EvaluateScript', 3000, 1000, STUB), // … 1 ms of which is the gated stub it runs inline
  mark('bench-banner-visible', 8000),
  js('FunctionCall', 9000, 2000, LIB), // after the banner
  mark('bench-window-end', 20000),
];
const where = { origin: ORIGIN, pagePath: PAGE, libraryPaths: [LIB] };

test("the gated stub's own work inside a library event is left out when excluded", () => {
  expect(libraryMainThreadTime(EVENTS, where).cpuMs).toBe(7);
  const excluded = libraryMainThreadTime(EVENTS, { ...where, excludePaths: [STUB] });
  expect(excluded.cpuMs).toBe(6);
  expect(excluded.excludedMs).toBe(1);
});

test('"until the banner" counts only what started before the banner-visible mark', () => {
  expect(libraryMainThreadTime(EVENTS, { ...where, excludePaths: [STUB], endMark: 'bench-banner-visible' }).cpuMs).toBe(4);
  expect(() => libraryMainThreadTime(EVENTS, { ...where, endMark: 'no-such-mark' })).toThrow(/no "no-such-mark" mark/);
});
