import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Serves the project root, as the browser tests do, so demo pages reach ../src and cdn.html the built ../dist/cdn file.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  server: { open: '/demo/index.html' },
});
