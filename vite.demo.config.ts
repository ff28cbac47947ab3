// Dev server for the demo pages (`npm start`): demo/index.html runs the sources,
// demo/embed.html and demo/classic.html the built script-tag files from dist/cdn.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  server: { port: 5173, open: false },
  build: { outDir: 'dist/demo' },
});
