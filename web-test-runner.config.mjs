import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { frameworkBundles, ssrFixtures } from './scripts/wtr-bundle-plugin.mjs';

/**
 * Commands for what the stock ones cannot do: `screenshot` returns a PNG (base64) of a viewport region, so a
 * test can check what the user sees (the badge's shapes are background gradients, invisible to the DOM);
 * `forced-colors` switches the page into forced colours (Windows High Contrast) or back.
 */
const cdpSessions = new WeakMap();
const pixelsPlugin = {
  name: 'pixels',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot' && command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'forced-colors') {
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does. The
      // emulation lasts as long as the protocol session, so the page keeps one.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
      return true;
    }
    return page.screenshot({ clip: payload, encoding: 'base64' });
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One test file at a time: a background tab gets no animation frames, so rAF- and ResizeObserver-driven
  // rendering would stall there.
  concurrency: 1,
  // Pages under test/fixtures/csp/ are served with a strict Content-Security-Policy, as a careful host would.
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/test/fixtures/csp/')) {
        ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
      return next();
    },
  ],
  plugins: [frameworkBundles(), ssrFixtures(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pixelsPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          ...chromiumArgs,
          // Keep any page that is not in front rendering, so fixtures never wait on a frame.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['lcov', 'text-summary'],
  },
  reporters: [defaultReporter({ reportTestProgress: !process.env.CI }), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 900000,
};
