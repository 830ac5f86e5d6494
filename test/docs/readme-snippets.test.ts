// Every code block of the README, and the demo's npm snippet, as a user copies them:
// (test/docs is the suite that proves it: the demo's npm snippet used to pass the raw JSON where a
// parsed policy is expected, and the README's `mount(consent, { policy })` did too.)
// - ```ts / ```tsx blocks are type-checked together against the built declarations (`kelisim`,
//   `kelisim/core`, `kelisim/react`, `kelisim/vue` resolved through package.json "exports" to
//   dist/types), with React's JSX; a block starting `// file: <path>` is that file (others import
//   it), `./kelisim-policy.json` is the test fixture; ```js blocks must parse.
// - ```html blocks are parsed; each loader tag's data-* attribute must be in the README's option
//   table and read by the loader (readTagConfig), and every other data-* attribute be one the
//   README documents for pages (data-consent with a category id, data-src, data-kelisim actions…).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { readTagConfig } from '../../src/loader/read-tag-config';
import { footerLink, npmSnippet, scriptTag } from '../../demo/src/code/snippet';
import type { Policy } from '../../src/core/policy-types';
import { ROOT } from '../e2e/support/server';

/** jsdom's HTML parser (jsdom ships no types; this is all the test uses of it). */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };

const README = readFileSync(`${ROOT}README.md`, 'utf8');
const OUT = `${ROOT}test/.tmp/readme/`;

interface Block {
  lang: string;
  code: string;
  /** 1-based line of the README where the code starts (0: not from the README). */
  line: number;
}

/** The fenced blocks of a Markdown text. */
function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    found.push({ lang: open[1]!, code: lines.slice(i + 1, end).join('\n'), line: i + 2 });
    i = end;
  }
  return found;
}

const all = blocks(README);
const code = all.filter((b) => ['ts', 'tsx', 'js'].includes(b.lang));

/** "file:line: message" for each diagnostic, the README line for a block's file. */
function compile(files: Map<string, Block>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource: 'react',
    resolveJsonModule: true,
    allowJs: true,
    checkJs: false,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  };
  const program = ts.createProgram([...files.keys()], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const block = d.file && files.get(d.file.fileName);
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    const where = block?.line ? `README.md:${block.line + line}` : `${d.file?.fileName.slice(OUT.length) ?? '?'}:${line + 1}`;
    // The first 400 characters say what is wrong; the rest is the long type it was about.
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 400)}`;
  });
}

/** Writes the blocks as files under a fresh OUT (inside the repository, so `kelisim` resolves to itself). */
function writeBlocks(list: Block[], extra: Record<string, string> = {}): Map<string, Block> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  copyFileSync(`${ROOT}test/fixtures/policy.json`, `${OUT}kelisim-policy.json`);
  const files = new Map<string, Block>();
  list.forEach((block, i) => {
    const named = /^\/\/ file: (\S+)/.exec(block.code)?.[1];
    const path = OUT + (named ?? `block-${i}.${block.lang}`);
    mkdirSync(dirname(path), { recursive: true });
    // Each unnamed block is a module of its own (its top-level names do not clash with another's).
    writeFileSync(path, block.lang === 'js' ? block.code : `${block.code}\nexport {};\n`);
    files.set(path, block);
  });
  for (const [name, text] of Object.entries(extra)) {
    writeFileSync(join(OUT, name), text);
    files.set(join(OUT, name), { lang: 'ts', code: text, line: 0 });
  }
  return files;
}

test('the README has TypeScript blocks for the npm API, React, Vue and Next.js', () => {
  const text = code.map((b) => b.code).join('\n');
  for (const entry of ["from 'kelisim'", "from 'kelisim/core'", "from 'kelisim/react'", "from 'kelisim/vue'", "from 'next/headers'"]) {
    expect(text).toContain(entry);
  }
});

test('every ts, tsx and js block of the README compiles against dist/types; the registered policy types the hooks', () => {
  // Compiled with the blocks: the README's `Register` makes a typo in a category id an error
  // (each directive must be used, or tsc reports it).
  const typos = [
    "import { useConsent as useReact } from 'kelisim/react';",
    "import { useConsent as useVue } from 'kelisim/vue';",
    "import { createConsent } from 'kelisim';",
    "import { policy } from './kelisim-policy';",
    'export function typos(): void {',
    '  // @ts-expect-error not a category of the registered policy',
    "  useReact('analitycs');",
    '  // @ts-expect-error not a category of the registered policy',
    "  useVue('functional');",
    '  // @ts-expect-error not a category of this policy',
    "  createConsent({ policy }).has('ads');",
    '}',
  ].join('\n');
  expect(compile(writeBlocks(code, { 'typos.tsx': typos }))).toEqual([]);
}, 120_000);

test("the demo's npm snippet compiles, for each of its settings", () => {
  // wadjet has no Google service, estimation has one (so the snippet starts Consent Mode).
  const sample = (name: string): Policy => JSON.parse(readFileSync(join(ROOT, 'demo/policies', `${name}.json`), 'utf8'));
  const settings = [
    { policy: sample('wadjet'), lang: 'kk', layout: 'bar', theme: 'auto', googleConsentMode: false, mobile: false },
    { policy: sample('estimation'), lang: 'ru', layout: 'modal', theme: 'dark', googleConsentMode: true, mobile: false },
  ] as const;
  const snippets = settings.map(({ policy, ...s }) => {
    const [install, ...rest] = npmSnippet(policy, { ...s }).split('\n');
    expect(install).toBe('npm install kelisim');
    return { lang: 'ts', code: rest.join('\n'), line: 0 };
  });
  expect(compile(writeBlocks(snippets))).toEqual([]);
}, 120_000);

/** The loader options the README's table documents, as attribute names. */
function documentedTagAttributes(): Set<string> {
  const names = new Set<string>(['src', 'nonce', 'async', 'defer']);
  for (const row of README.split('\n').filter((l) => l.startsWith('| `data-'))) {
    let stem = '';
    for (const [, token] of row.split('|')[1]!.matchAll(/`([^`]+)`/g)) {
      const name = token!.startsWith('-') ? stem + token : token!;
      stem = name.slice(0, name.lastIndexOf('-'));
      names.add(name);
    }
  }
  return names;
}

/** What readTagConfig makes of a tag with this one attribute (the nonce aside). */
function readsAttribute(name: string, value: string): boolean {
  const key = name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const tag = (dataset: Record<string, string>) => ({ dataset, nonce: '' }) as unknown as HTMLScriptElement;
  return JSON.stringify(readTagConfig(tag({ [key]: value }))) !== JSON.stringify(readTagConfig(tag({})));
}

/** data-* attributes of page elements (not the loader tag) the README documents. */
const PAGE_ATTRIBUTES = new Set(['data-consent', 'data-src', 'data-kelisim', 'data-kelisim-category', 'data-lang']);
const ACTIONS = ['open-settings', 'accept-all', 'reject-all', 'policy-page'];

/** Every problem of an HTML snippet's data-* attributes (`where`: how a problem names it); `loaders` counts loader tags. */
function htmlProblems(code: string, where: string, tagOptions: Set<string>, counter = { loaders: 0 }): string[] {
  const problems: string[] = [];
  const { document } = new JSDOM(`<!doctype html><body>${code}`).window;
  for (const el of document.querySelectorAll('*')) {
    const at = `${where}: <${el.localName}>`;
    const loader = el.localName === 'script' && /kelisim\.js$/.test(el.getAttribute('src') ?? '');
    if (loader) counter.loaders++;
    for (const { name, value } of el.attributes) {
      if (loader) {
        if (!tagOptions.has(name)) problems.push(`${at} ${name} is not in the README's option table`);
        else if (name.startsWith('data-') && !readsAttribute(name, value)) problems.push(`${at} ${name}="${value}" is not read by the loader`);
      } else if (name.startsWith('data-')) {
        if (!PAGE_ATTRIBUTES.has(name)) problems.push(`${at} ${name} is not a documented attribute`);
        if (name === 'data-consent' && !/^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*$/.test(value)) problems.push(`${at} data-consent="${value}" is not a category id`);
        if (name === 'data-kelisim' && !ACTIONS.includes(value)) problems.push(`${at} data-kelisim="${value}" is not one of ${ACTIONS.join(', ')}`);
      }
    }
  }
  return problems;
}

test("every HTML block parses, and its data-* attributes are documented options the loader reads", () => {
  const tagOptions = documentedTagAttributes();
  const html = all.filter((b) => b.lang === 'html');
  expect(html.length).toBeGreaterThan(2);
  const counter = { loaders: 0 };
  const problems = html.flatMap((block) => htmlProblems(block.code, `README.md:${block.line}`, tagOptions, counter));
  expect(problems).toEqual([]);
  expect(counter.loaders).toBeGreaterThan(1);
});

test("the demo's generated tags and footer link use documented attributes only, for each platform's settings", () => {
  const tagOptions = documentedTagAttributes();
  const sample = (name: string): Policy => JSON.parse(readFileSync(join(ROOT, 'demo/policies', `${name}.json`), 'utf8'));
  const settings = { lang: 'ru', layout: 'modal', theme: 'dark', googleConsentMode: true, mobile: false } as const;
  const counter = { loaders: 0 };
  const problems = [
    scriptTag(sample('estimation'), settings, { scriptUrl: '/kelisim/kelisim.js', policy: '/kelisim/policy.{lang}.json' }),
    scriptTag(sample('wadjet'), { ...settings, layout: 'bar', theme: 'auto' }, { scriptUrl: 'https://cdn.jsdelivr.net/npm/kelisim@0.1.0/dist/kelisim.js', policy: '/kelisim/policy.json', lang: 'kk' }),
    scriptTag(sample('sebet'), settings, { scriptUrl: 'https://example.kz/kelisim/kelisim.js', policy: 'inline' }),
    footerLink('kk'),
  ].flatMap((code, i) => htmlProblems(code, `demo snippet ${i + 1}`, tagOptions, counter));
  expect(problems).toEqual([]);
  expect(counter.loaders).toBe(3);
});

test('the attribute check catches an undocumented option and one the loader does not read', () => {
  expect(documentedTagAttributes().has('data-cookie-domain')).toBe(true);
  expect(documentedTagAttributes().has('data-colour')).toBe(false);
  expect(readsAttribute('data-layout', 'box')).toBe(true);
  expect(readsAttribute('data-colour', 'red')).toBe(false);
});
