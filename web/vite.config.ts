// Builds the web UI (React 19) into dist/web, which `demarche serve` serves beside the API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    sourcemap: true,
    // cytoscape alone is ~400 kB: one chunk for it, loaded only on entity pages.
    chunkSizeWarningLimit: 600,
    // On a shared machine the plugin-timing notice reports the machine's load, not the build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    // `npx vite web` during development, with the API of `demarche serve` behind it.
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
