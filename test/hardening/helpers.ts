import { aTimeout, expect } from '@open-wc/testing';

/** What a fixture page's driver (`test/fixtures/csp/driver.js`) publishes when its run is over. */
export interface DriverResult {
  /** Kit elements whose text shows a string a host page put on Object.prototype (driver.js). */
  leaks?: string[];
  failures: string[];
  steps: Record<string, unknown>[];
  downloads: { download: string; href: string }[];
  violations: { directive: string; blockedURI: string; sourceFile: string; line: number; sample: string; targetId: string; targetTag: string; node: string }[];
  violationsBeforeProbe: number;
  errors: string[];
  calls: { api: string; arg: string }[];
  resources: { name: string; initiatorType: string }[];
  observedResources: { name: string; initiatorType: string }[];
}

/** Opens `src` in an iframe and waits for the driver's result (its postMessage, or the global as a fallback). */
export async function runFixturePage(src: string, timeout = 15000): Promise<{ frame: HTMLIFrameElement; result: DriverResult }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const posted = new Promise<DriverResult>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.type === 'advocacy-kit-hardening') {
        window.removeEventListener('message', onMessage);
        resolve(e.data.result as DriverResult);
      }
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = src;
  document.body.append(frame);
  const result = await Promise.race([
    posted,
    aTimeout(timeout).then(() => {
      const partial = (frame.contentWindow as (Window & { __akResult?: DriverResult; __ak?: unknown }) | null);
      throw new Error(
        `${src}: the driver did not finish within ${timeout} ms; page state: ${JSON.stringify(partial?.__akResult ?? partial?.__ak ?? null)}`,
      );
    }),
  ]);
  return { frame, result };
}

export function step(result: DriverResult, element: string, name: string): Record<string, unknown> | undefined {
  return result.steps.find((s) => s.element === element && s.step === name);
}

/** What the CDN pages' probe (`test/fixtures/csp/autoload-probe.js`) publishes. */
export interface ProbeResult {
  failures: string[];
  rendered: { tag: string; defined: boolean; drawn: boolean; error: string | null }[];
  violations: unknown[];
  errors: string[];
  texts: string[];
  firstTexts: (string | null)[];
  dirs: string[];
  before: string | null;
  /** What `autoload-result.js` saw once the result showed. */
  done: { result: boolean; radar: string | null; gauge: string | null } | string | null;
  resources: { name: string; initiatorType: string }[];
}

/** Opens a page of test/fixtures/csp/ (or one given from the server's root), returns what it posts and closes it. */
export async function openFixturePage<T = ProbeResult>(page: string): Promise<T> {
  const { frame, result } = await runFixturePage(page.startsWith('/') ? page : `/test/fixtures/csp/${page}`, 30000);
  frame.remove();
  return result as unknown as T;
}

/** The kit's files a page fetched, in the order it fetched them. */
export function kitScripts(result: { resources: { name: string }[] }): string[] {
  return result.resources.map((r) => new URL(r.name).pathname).filter((path) => path.startsWith('/dist/'));
}

/** Every element the probe found is defined and drawn, and the page saw no CSP violation or error. */
export function expectClean(result: ProbeResult): void {
  expect(result.failures).to.deep.equal([]);
  for (const r of result.rendered) expect(r, r.tag).to.deep.equal({ tag: r.tag, defined: true, drawn: true, error: null });
  expect(result.violations, JSON.stringify(result.violations)).to.deep.equal([]);
  expect(result.errors).to.deep.equal([]);
}
