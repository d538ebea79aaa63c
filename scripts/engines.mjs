// The three browser engines the browser tests run in, all from Debian packages (nothing downloads a browser):
// Chromium over the DevTools protocol, Firefox ESR over WebDriver BiDi (puppeteer-core) and WebKitGTK over
// classic WebDriver (WebKitWebDriver under a virtual X display).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { findFirefox, findWebKitDriver, webkitMiniBrowser } from './find-engines.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK has no headless mode: WebKitWebDriver starts MiniBrowser in automation mode on a virtual display
 * (`xvfb-run -a`). The driver process lives as long as the launcher; stop() ends its whole process group.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        // webdriverio asks for a WebDriver BiDi session by default, which WebKitWebDriver does not offer.
        'wdio:enforceWebDriverClassic': true,
        // Navigations (to each test page, and to about:blank between files) return at once: web-test-runner waits
        // for the page to connect back anyway, and one wait for about:blank's load once hung for 120 s.
        pageLoadStrategy: 'none',
        'webkitgtk:browserOptions': {
          binary: webkitMiniBrowser,
          args: ['--automation'],
        },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    this.options.port = port;
    this.driverProcess = spawn('xvfb-run', ['-a', findWebKitDriver(), `--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 30000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** webdriverio's keys() holds every key of a list down before releasing any, so "support" typed "suport". */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, key);
  }

  async stop() {
    await super.stop();
    try {
      process.kill(-this.driverProcess.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** A web-test-runner launcher per engine, and which engine a launcher is (for engine-aware commands). */
export function createLaunchers(engines) {
  const engineOf = new Map();
  const launchers = engines.map((engine) => {
    let launcher;
    if (engine === 'chromium') {
      launcher = chromeLauncher({
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
      });
      // The launcher calls any browser it finds "Chrome"; this is Debian's Chromium.
      launcher.name = 'Chromium';
    } else if (engine === 'firefox') {
      // Given puppeteer-core and `browser: 'firefox'`, the Chrome launcher drives Firefox over WebDriver BiDi.
      launcher = chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: findFirefox(),
          headless: true,
          // Lets the driver script the browser's own (chrome) window, where media features are switched.
          args: ['-remote-allow-system-access'],
        },
      });
    } else {
      launcher = new WebKitLauncher();
    }
    engineOf.set(launcher, engine);
    return launcher;
  });
  return { launchers, engineOf };
}

/**
 * Media emulation in Firefox, which WebDriver BiDi lacks: the browser's own window sets the preferences that
 * decide colour scheme, reduced motion and forced colours, and the tabs' medium (as its devtools' print
 * simulation does). Preferences are browser-wide, which one test file at a time allows.
 */
export async function emulateFirefoxMedia(launcher, { colorScheme, reducedMotion, forcedColors, media }) {
  const { connection } = launcher.browser;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('firefox: no browser window to emulate media from');
  const statements = [];
  const setInt = (pref, value) => statements.push(`Services.prefs.setIntPref(${JSON.stringify(pref)}, ${value});`);
  if (colorScheme) setInt('layout.css.prefers-color-scheme.content-override', colorScheme === 'dark' ? 0 : 1);
  if (reducedMotion) setInt('ui.prefersReducedMotion', reducedMotion === 'reduce' ? 1 : 0);
  // 2: always use the browser's colours, which is what forced colours are in Firefox.
  if (forcedColors) setInt('browser.display.document_color_use', forcedColors === 'active' ? 2 : 0);
  if (media) {
    const medium = JSON.stringify(media === 'print' ? 'print' : '');
    statements.push(`for (const b of gBrowser.browsers) b.browsingContext.mediumOverride = ${medium};`);
  }
  const { result } = await connection.send('script.evaluate', {
    expression: `${statements.join('\n')} true`,
    target: { context: window.context },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`firefox: media emulation failed: ${JSON.stringify(result.exceptionDetails?.text)}`);
}
