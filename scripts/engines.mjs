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
        launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
      });
    } else {
      launcher = new WebKitLauncher();
    }
    engineOf.set(launcher, engine);
    return launcher;
  });
  return { launchers, engineOf };
}
