import { css, html, isServer, type ReactiveElement, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../events/error-detail.js';
import { say, termOr, type Localize } from './localize.js';
import { onDemand } from './on-demand.js';
import { loadProblemWords, type ProblemWords } from './problem-words-on-demand.js';

type Issue = ErrorDetail['issues'][number];

// The words of the charts' problems load the first time a chart has one to show: good data never loads them.
let words: ProblemWords | undefined;
const ensureWords = onDemand(loadProblemWords, (w) => (words = w));
/** Charts waiting for the words, until they arrive or fail to. */
const waiting = new WeakMap<ReactiveElement, Promise<void>>();
/** Charts that have waited once: if the load failed they show their issues' paths, rather than wait again. */
const waited = new WeakSet<ReactiveElement>();

/** Makes the words available without a fetch, for server rendering (the package's main entry). */
export function provideProblemWords(now: ProblemWords): void {
  words = now;
}

/** An issue at `path`, worded in `t`'s language; while the words are not loaded, its path stands in. */
export function problem<K extends keyof ProblemWords>(
  t: Localize<object>,
  path: string,
  key: K,
  ...args: ProblemWords[K] extends (...a: infer P) => string ? P : []
): Issue {
  return { path, message: words ? termOr(t, key, say(words[key], args) ?? key, ...args) : path };
}

/**
 * For `render`: whether chart `el` shows its problems' box now. The first time the words are missing, it loads them
 * and updates again; meanwhile it shows nothing, or, hydrating the box a server drew, that box with the stand-in
 * paths. A server, which cannot wait, draws the box with the paths. Unless the load fails, no visitor sees a path
 * for longer than the words take to arrive.
 */
export function problemsReady(el: ReactiveElement): boolean {
  if (words || waited.has(el) || isServer) return true;
  if (!waiting.has(el)) {
    waiting.set(
      el,
      ensureWords().then(() => {
        waiting.delete(el);
        waited.add(el);
        el.requestUpdate();
      }),
    );
  }
  return !el.hasUpdated && el.shadowRoot?.querySelector('[part="error"]') != null;
}

/** For `getUpdateComplete` and the error event: the words chart `el` is waiting for, if it is. */
export function problemsPending(el: ReactiveElement): Promise<void> | undefined {
  return waiting.get(el);
}

/** The box: `heading`, then each issue's message. */
export function problemsBox(heading: string, issues: readonly Issue[]): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p>${heading}</p>
    <ul>
      ${issues.map((i) => html`<li>${i.message}</li>`)}
    </ul>
  </div>`;
}

/** The charts' inline error: a sentence, then the issues as a list, in a box outlined in the "bad" colour. */
export const errorBox = css`
  .error {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    text-align: start;
  }
  .error p {
    margin: 0;
    font-weight: 600;
  }
  .error ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;

/**
 * Fires an element's error event once per new set of issues, not again on every render that still shows
 * the same ones; fixing the input and breaking it again fires again.
 */
export class IssueReporter {
  private _reported = '';

  report(host: EventTarget, issues: ErrorDetail['issues'], event: () => Event): void {
    const key = issues.length ? JSON.stringify(issues) : '';
    if (key && key !== this._reported) host.dispatchEvent(event());
    this._reported = key;
  }
}
