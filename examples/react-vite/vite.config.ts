import { defineConfig } from 'vite';

// React's automatic JSX runtime; no plugin needed for a production build.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } });
