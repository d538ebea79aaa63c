import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { minifyCss, minifyCssLiterals } from './scripts/css-literals.mjs';
import { createLaunchers, emulateFirefoxMedia } from './scripts/engines.mjs';
import { selectedEngines } from './scripts/find-engines.mjs';
import { frameworkBundles, ssrFixtures } from './scripts/wtr-bundle-plugin.mjs';

const { launchers, engineOf } = createLaunchers(selectedEngines());

/**
 * Commands for what the stock ones cannot do: `screenshot` returns a PNG (base64) of the viewport, so a test can
 * check what the user sees (the badge's shapes are background gradients, invisible to the DOM); `forced-colors`
 * switches the page into forced colours (Windows High Contrast) or back, in Chromium (DevTools protocol) and
 * Firefox; `firefox-media` is emulateMedia for Firefox (the stock one needs the DevTools protocol); `viewport`
 * sizes the viewport in every engine (the stock `setViewport` has no WebDriver support).
 */
const cdpSessions = new WeakMap();
const engineCommandsPlugin = {
  name: 'engine-commands',
  async executeCommand({ command, payload, session }) {
    if (!['screenshot', 'forced-colors', 'viewport', 'firefox-media'].includes(command)) return undefined;
    const engine = engineOf.get(session.browser);
    if (command === 'firefox-media' || (command === 'forced-colors' && engine === 'firefox')) {
      if (engine !== 'firefox') throw new Error(`${engine}: firefox-media is for Firefox`);
      await emulateFirefoxMedia(session.browser, command === 'forced-colors' ? { forcedColors: payload ? 'active' : 'none' } : payload);
      return true;
    }
    if (command === 'viewport') {
      if (engine !== 'webkit') {
        await session.browser.getPage(session.id).setViewport(payload);
        return true;
      }
      // WebDriver sizes the window: measure what its frame takes from the viewport, then make up for it.
      const { driver } = session.browser;
      const seen = [];
      for (let i = 0; i < 3; i++) {
        const [width, height] = await driver.execute('return [innerWidth, innerHeight]');
        seen.push(`${width} × ${height}`);
        if (width === payload.width && height === payload.height) return true;
        const window = await driver.getWindowSize();
        seen.push(`window ${window.width} × ${window.height}`);
        await driver.setWindowSize(window.width + payload.width - width, window.height + payload.height - height);
      }
      throw new Error(`webkit: could not size the viewport to ${payload.width} × ${payload.height} (${seen.join(', ')})`);
    }
    if (command === 'forced-colors') {
      if (engine !== 'chromium') throw new Error(`${engine}: no forced-colours emulation over WebDriver`);
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does. The
      // emulation lasts as long as the protocol session, so the page keeps one.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
      return true;
    }
    // The whole viewport, which every driver can capture (WebDriver has no clip); the test crops it.
    if (engine === 'webkit') return session.browser.driver.takeScreenshot();
    return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
  },
};

/**
 * `cdn-gzip`: for the paths of built files under /dist/cdn/ that a page fetched, each file's gzip (level 9) bytes,
 * as bench/size.mjs counts them, and the relative static imports of those files that the list lacks (if any, the
 * engine's resource timing did not list every module the page loaded, and the sum would be short).
 */
const cdnGzipPlugin = {
  name: 'cdn-gzip',
  executeCommand({ command, payload }) {
    if (command !== 'cdn-gzip') return undefined;
    const root = resolve('dist/cdn');
    const gzip = {};
    const missing = new Set();
    for (const path of payload) {
      const file = resolve(`.${path}`);
      if (!file.startsWith(root + sep)) throw new Error(`cdn-gzip: ${path} is not a file under /dist/cdn/`);
      const bytes = readFileSync(file);
      gzip[path] = gzipSync(bytes, { level: 9 }).length;
      for (const [, specifier] of bytes.toString().matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const imported = new URL(specifier, `http://cdn${path}`).pathname;
        if (!payload.includes(imported)) missing.add(imported);
      }
    }
    return { gzip, missing: [...missing] };
  },
};

/** `minify-css` and `minify-css-literals`: the build's stylesheet minifier, lightningcss, which is native (Node only). */
const minifyCssPlugin = {
  name: 'minify-css',
  executeCommand({ command, payload }) {
    if (command === 'minify-css') return minifyCss(payload);
    if (command === 'minify-css-literals') return minifyCssLiterals(payload);
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // One test file at a time per engine: a background tab gets no animation frames, so rAF- and
  // ResizeObserver-driven rendering would stall there.
  concurrency: 1,
  concurrentBrowsers: 3,
  // Pages under test/fixtures/csp/ are served with a strict Content-Security-Policy, as a careful host would; the
  // trusted-types pages add Trusted Types enforcement with the policy README tells hosts to allow.
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/test/fixtures/csp/')) {
        // A page that loads the kit from the server's other host name allows that origin too, as a host allows its CDN.
        const other = `${ctx.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${ctx.host.split(':')[1]}`;
        const cdn = ctx.path.includes('/autoload-cross-origin') ? ` ${ctx.protocol}://${other}` : '';
        const policy = [`default-src 'self'; script-src 'self'${cdn}; style-src 'self'`];
        if (ctx.path.includes('/trusted-types')) {
          policy.push(`require-trusted-types-for 'script'; trusted-types lit-html${ctx.path.includes('-twice') ? " 'allow-duplicates'" : ''}`);
        }
        ctx.set('Content-Security-Policy', policy.join('; '));
      }
      // As a CDN serves it: the one-file bundle, the autoloader and what they load come from another origin too.
      if (ctx.path.startsWith('/dist/cdn/')) ctx.set('Access-Control-Allow-Origin', '*');
      // dist/ from a CDN that fails the modules elements load later (a badge's details, a survey's invitation, an
      // assessment's report, the words of a chart's problems; the models' numbers a chart given a model id loads; an
      // assessment's radar and gauge): test/fixtures/csp/on-demand-unavailable.js, facts-unavailable.js and
      // charts-unavailable.js see what a visitor then gets.
      const failing = /^\/dist-(failing|no-facts|no-charts)\//.exec(ctx.path);
      if (failing) {
        const fails = {
          failing: /\/chunks\/(health-badge-details|advocacy|report|chart-problems)-[\w-]+\.js$/,
          'no-facts': /\/chunks\/facts-[\w-]+\.js$/,
          'no-charts': /\/cdn\/(score-radar|benchmark-gauge)\.js$/,
        }[failing[1]];
        if (fails.test(ctx.path)) {
          ctx.status = 503;
          return undefined;
        }
        ctx.path = ctx.path.replace(failing[0], '/dist/');
      }
      return next();
    },
  ],
  plugins: [frameworkBundles(), ssrFixtures(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), engineCommandsPlugin, cdnGzipPlugin, minifyCssPlugin],
  browsers: launchers,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reporters: ['lcov', 'text-summary'],
  },
  // Progress bars only on a terminal: `npm test` collects each engine's log to print it whole.
  reporters: [defaultReporter({ reportTestProgress: Boolean(process.stdout.isTTY) && !process.env.CI }), countReporter()],
  // Three engines starting at once on a busy two-core machine can take longer than the default 30 s.
  browserStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 900000,
};
