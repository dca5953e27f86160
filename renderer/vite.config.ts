import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer section of electron.vite.config.ts on its own, to build out/renderer without the main and
// preload bundles: `npx vite build --config renderer/vite.config.ts`.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('../out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: here('index.html') },
  },
});
