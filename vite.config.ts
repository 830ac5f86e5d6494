import { defineConfig } from 'vitest/config';

// Library builds live in scripts/build.mjs (several entries, several formats);
// this file configures JSX and the three test projects.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __KELISIM_VERSION__: JSON.stringify(process.env.npm_package_version ?? 'test') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        // kelisim/react and kelisim/vue with the real React and Vue (the React tests' JSX is React's
        // by their `@jsxImportSource react` pragma; the widget's stays Preact's).
        extends: true,
        test: { name: 'bindings', include: ['test/react/**/*.test.{ts,tsx}', 'test/vue/**/*.test.ts'], environment: 'jsdom' },
      },
      {
        // The README's code blocks and the demo's snippets, against the built dist/types.
        extends: true,
        test: { name: 'docs', include: ['test/docs/**/*.test.ts'], environment: 'node', globalSetup: ['test/e2e/global-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition; its default 1 s is too short for a page on a loaded
          // two-core machine (the demo's event log missed it once in three loaded runs).
          expect: { poll: { timeout: 10_000 } },
          // Real Chromium on a shared 2-core machine: one retry absorbs a timing hiccup; a test
          // that fails twice in a row fails the run.
          retry: 1,
        },
      },
    ],
  },
});
