import { defineConfig, type Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const page = '/demo/index.html';

/**
 * Whether a browser can be opened from here. On Linux Vite spawns `xdg-open`, which a server or container often
 * lacks (the spawn's ENOENT comes out as a stack trace), and with no display there is no browser to open anyway.
 * `BROWSER` (Vite's own switch) is honoured as given.
 */
function canOpenBrowser(): boolean {
  if (process.env.BROWSER) return process.env.BROWSER.toLowerCase() !== 'none';
  if (process.platform !== 'linux') return true;
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'xdg-open')));
}

/**
 * Prints the demo page's own address under Vite's server URLs, whether or not a browser opens it, and sends the
 * server's root (the "Local" URL Vite prints first) there.
 */
function printDemoUrl(): Plugin {
  return {
    name: 'advocacy-kit:demo-url',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.statusCode = 302;
        res.setHeader('Location', page);
        res.end();
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`  ➜  Demo:    ${new URL(page, url).href}`);
      };
    },
  };
}

// Serves the project root, as the browser tests do, so demo pages reach ../src and cdn.html the built ../dist/cdn file.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [printDemoUrl()],
  server: { open: canOpenBrowser() ? page : false },
});
