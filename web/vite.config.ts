/**
 * Builds the dashboard into dist/web, which `wirewatch serve` serves beside the API.
 * JSX is compiled by esbuild for Preact (no Babel plugin); no inline script is emitted,
 * so the server's Content-Security-Policy can forbid inline script altogether.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill would be inlined into index.html; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    // Data URLs would need `img-src data:` for nothing: keep assets as files.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
  },
  // The view logic shared with the node tests lives in src/shells/web (compiled by the root tsconfig).
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] }, proxy: { '/api': 'http://127.0.0.1:8080' } },
});
