import { aTimeout } from '@open-wc/testing';

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
