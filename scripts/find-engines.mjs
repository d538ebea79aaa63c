// Where each browser engine's binary is, and which Debian packages provide it; no dependencies, so `.ci/run` and
// `npm test` can ask before `npm install` has run.
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

export const engineNames = ['chromium', 'firefox', 'webkit'];

function findOnPath(name) {
  return (process.env.PATH ?? '').split(':').map((dir) => `${dir}/${name}`).find((p) => existsSync(p));
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

export const webkitMiniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function findWebKitDriver() {
  const driver = findOnPath('WebKitWebDriver');
  return driver && existsSync(webkitMiniBrowser) && findOnPath('xvfb-run') ? driver : undefined;
}

/** The Debian packages of each engine, and whether it is there. */
export const engineInstalls = {
  chromium: { packages: ['chromium'], found: () => Boolean(findChromium()) },
  firefox: { packages: ['firefox-esr'], found: () => Boolean(findFirefox()) },
  webkit: { packages: ['webkit2gtk-driver', 'xvfb'], found: () => Boolean(findWebKitDriver()) },
};

/** Engines chosen with ENGINES (a comma-separated list, e.g. `ENGINES=webkit`); all three by default. */
export function selectedEngines() {
  const wanted = (process.env.ENGINES || engineNames.join(','))
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((e) => !engineNames.includes(e));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (known: ${engineNames.join(', ')})`);
  return engineNames.filter((e) => wanted.includes(e));
}

/** The Debian packages missing for these engines. */
export function missingPackages(engines) {
  return engines.flatMap((e) => (engineInstalls[e].found() ? [] : engineInstalls[e].packages));
}
