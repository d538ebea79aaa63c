/**
 * Hostile values: random attributes and properties (NaN, ±Infinity, negatives, huge numbers, wrong types,
 * null, nested junk, `fc.anything()`) pushed into every element. Whatever arrives, nothing may reach the host
 * page as an uncaught error or unhandled rejection, and each case must end either in a valid render or in
 * the documented error state (`[role="alert"]` / part `error`) together with its `<prefix>-error` event.
 */
import fc from 'fast-check';
import '../../src/index.js';

type Case = { attrs: Record<string, string>; props: Record<string, unknown>; update: Record<string, unknown> };

interface Spec {
  tag: string;
  errorEvent: string;
  attrs: Record<string, fc.Arbitrary<string>>;
  props: Record<string, fc.Arbitrary<unknown>>;
}

const junkNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 0.1 + 0.2),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
);
const junkAttr = fc.oneof(
  fc.string({ maxLength: 20 }),
  junkNumber.map(String),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '0x1F', 'null', 'undefined', 'true', '{}', '[]', '5', '3.5', '-3', '<b>x</b>'),
);
const junk = fc.oneof(
  junkNumber,
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, undefined, '', true, false, [], {}),
  fc.string({ maxLength: 20 }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
);
const oneOf = <T>(...xs: fc.Arbitrary<T>[]) => fc.oneof(...xs.map((arbitrary) => ({ arbitrary, weight: 1 })));

const axisIds = fc.constantFrom('a', 'b', 'c', 'd', 'z');
const healthSignalIds = fc.constantFrom('dau_mau', 'seat_utilization', 'ticket_reopen_rate', 'csm_sentiment', 'nps', 'payment_overdue_days', 'mrr_trend');

const specs: Spec[] = [
  {
    tag: 'maturity-assessment',
    errorEvent: 'assessment-error',
    attrs: {
      model: oneOf(junkAttr, fc.constantFrom('customer-marketing-5', 'cma-advocacy-11')),
      segment: oneOf(junkAttr, fc.constantFrom('startup', 'growth', 'scale', 'enterprise')),
      persist: junkAttr,
      share: fc.constantFrom('', 'false'),
    },
    props: {
      model: oneOf<unknown>(
        junk,
        fc.constantFrom('customer-marketing-5', 'cma-advocacy-11'),
        fc.record(
          {
            id: oneOf<unknown>(fc.string(), junk),
            title: junk,
            version: junk,
            scale: oneOf<unknown>(junk, fc.record({ min: junkNumber, max: junkNumber, labels: junk })),
            dimensions: oneOf<unknown>(
              junk,
              fc.array(fc.record({ id: fc.string(), title: junk, measures: junk, levels: junk, redFlags: junk }), { maxLength: 3 }),
            ),
            bands: junk,
            segments: junk,
          },
          { requiredKeys: [] },
        ),
      ),
      segment: junk,
      persist: junk,
      share: junk,
    },
  },
  {
    tag: 'score-radar',
    errorEvent: 'radar-error',
    attrs: { min: junkAttr, max: junkAttr, levels: junkAttr, label: junkAttr, 'result-label': junkAttr },
    props: {
      axes: oneOf<unknown>(junk, fc.array(fc.record({ id: oneOf<unknown>(axisIds, junk), label: junk }), { maxLength: 6 })),
      series: oneOf<unknown>(
        junk,
        fc.array(fc.record({ label: junk, values: oneOf<unknown>(junk, fc.dictionary(axisIds, oneOf<unknown>(junkNumber, junk))) }), {
          maxLength: 3,
        }),
      ),
      result: oneOf<unknown>(
        junk,
        fc.record({
          dimensions: oneOf<unknown>(junk, fc.array(oneOf<unknown>(junk, fc.record({ id: axisIds, title: junk, score: junkNumber })), { maxLength: 5 })),
        }),
      ),
      model: oneOf<unknown>(junk, fc.constantFrom('customer-marketing-5', 'nope')),
      min: junk,
      max: junk,
      levels: junk,
      label: junk,
    },
  },
  {
    tag: 'benchmark-gauge',
    errorEvent: 'gauge-error',
    attrs: Object.fromEntries(
      ['value', 'min', 'max', 'expected', 'good', 'alarm', 'label'].map((k) => [k, junkAttr] as const).concat([
        ['model', oneOf(junkAttr, fc.constantFrom('customer-marketing-5', 'cma-advocacy-11'))],
        ['segment', oneOf(junkAttr, fc.constantFrom('startup', 'growth', 'scale', 'enterprise'))],
      ]),
    ),
    props: Object.fromEntries(['value', 'min', 'max', 'expected', 'good', 'alarm', 'model', 'segment', 'label'].map((k) => [k, junk])),
  },
  {
    tag: 'health-badge',
    errorEvent: 'health-error',
    attrs: { score: junkAttr, previous: junkAttr, label: junkAttr, size: oneOf(junkAttr, fc.constantFrom('small', 'medium', 'large')) },
    props: {
      score: junk,
      previous: junk,
      label: junk,
      size: junk,
      signals: oneOf<unknown>(junk, fc.dictionary(oneOf(healthSignalIds, fc.string({ maxLength: 8 })), oneOf<unknown>(junkNumber, junk))),
      config: oneOf<unknown>(
        junk,
        fc.record({
          signals: oneOf<unknown>(
            junk,
            fc.array(fc.record({ id: healthSignalIds, label: junk, category: junk, weight: junkNumber, normalize: junk }), { maxLength: 3 }),
          ),
          bands: junk,
        }),
      ),
    },
  },
  {
    tag: 'nps-survey',
    errorEvent: 'nps-error',
    attrs: {
      question: junkAttr,
      product: junkAttr,
      name: junkAttr,
      'survey-id': junkAttr,
      'respondent-id': junkAttr,
      advocacy: fc.constant(''),
      'follow-up': fc.constant(''),
      required: fc.constant(''),
      value: oneOf(junkAttr, fc.constantFrom('0', '6', '9', '10')),
    },
    props: {
      value: oneOf<unknown>(junk, fc.constantFrom(0, 7, 9, 10)),
      question: junk,
      product: junk,
      surveyId: junk,
      respondentId: junk,
      advocacy: junk,
      now: oneOf<unknown>(junk, fc.constant(() => NaN), fc.constant(() => { throw new Error('clock'); })),
    },
  },
  {
    tag: 'roi-calculator',
    errorEvent: 'roi-error',
    attrs: {
      ...Object.fromEntries(
        ['customers', 'arr-per-customer', 'baseline-churn', 'program-churn', 'expansion-share', 'expansion-uplift', 'setup-investment', 'annual-investment', 'currency', 'label'].map(
          (k) => [k, junkAttr] as const,
        ),
      ),
      scenario: oneOf(junkAttr, fc.constantFrom('low', 'base', 'high')),
    },
    props: {
      ...Object.fromEntries(
        ['customers', 'arrPerCustomer', 'baselineChurn', 'programChurn', 'expansionShare', 'expansionUplift', 'setupInvestment', 'currency', 'label', 'scenario'].map(
          (k) => [k, junk] as const,
        ),
      ),
      annualInvestment: oneOf<unknown>(junk, fc.array(junkNumber, { maxLength: 4 })),
    },
  },
];

function caseOf(spec: Spec): fc.Arbitrary<Case> {
  return fc.record({
    attrs: fc.record(spec.attrs, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>,
    props: fc.record(spec.props, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>,
    update: fc.record(spec.props, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>,
  });
}

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`);

// Timers, not requestAnimationFrame: a test page in a background tab gets no animation frames.
const frame = () => new Promise((r) => setTimeout(r, 16));

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function show(c: unknown): string {
  try {
    return fc.stringify(c);
  } catch {
    return String(c);
  }
}

/** Lets the element settle; an update that throws is a failure reported with the case, not an unhandled rejection. */
async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }, thrown: string[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    try {
      await el.updateComplete;
    } catch (e) {
      thrown.push(`update threw ${describeError(e)}`);
    }
    await frame();
  }
}

function injectedText(c: Case): string {
  return [...Object.values(c.attrs), ...[...Object.values(c.props), ...Object.values(c.update)].map((v) => show(v))].join(' ');
}

describe('hardening: hostile values', () => {
  let container: HTMLDivElement;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const spec of specs) {
    it(`<${spec.tag}> survives random attributes and properties`, async function () {
      this.timeout(60000);
      await fc.assert(
        fc.asyncProperty(caseOf(spec), async (c) => {
          pageErrors.length = 0;
          const problems: string[] = [];
          const el = document.createElement(spec.tag) as HTMLElement & { updateComplete?: Promise<unknown> };
          const details: unknown[] = [];
          let firstPhase = 0;
          el.addEventListener(spec.errorEvent, (e) => details.push((e as CustomEvent).detail));
          try {
            for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
            for (const [k, v] of Object.entries(c.props)) (el as unknown as Record<string, unknown>)[k] = v;
            container.append(el);
            await settle(el, problems);
            firstPhase = details.length;
            for (const [k, v] of Object.entries(c.update)) (el as unknown as Record<string, unknown>)[k] = v;
            await settle(el, problems);
          } catch (e) {
            problems.push(`setting or connecting threw ${describeError(e)}`);
          }
          await frame();

          const root = el.shadowRoot;
          const alert = root?.querySelector('[role="alert"], [part~="error"]');
          if (!root || (root.childElementCount === 0 && !root.textContent?.trim())) problems.push('rendered nothing');
          if (alert && details.length === 0) problems.push(`shows an error state without a ${spec.errorEvent} event`);
          // An error corrected by the later update may leave a valid render; an error raised by it may not.
          if (!alert && details.length > firstPhase) {
            problems.push(`fired ${spec.errorEvent} (${show(details.slice(firstPhase))}) but shows no error state`);
          }
          for (const d of details) {
            const ok =
              typeof d === 'object' &&
              d !== null &&
              typeof (d as { message?: unknown }).message === 'string' &&
              (d as { message: string }).message.length > 0 &&
              Array.isArray((d as { issues?: unknown }).issues) &&
              (d as { issues: unknown[] }).issues.every(
                (i) => typeof (i as { path?: unknown })?.path === 'string' && typeof (i as { message?: unknown })?.message === 'string',
              );
            if (!ok) problems.push(`${spec.errorEvent} detail is not { message, issues[] }: ${show(d)}`);
          }
          if (!alert && root) {
            // A "valid render" never shows broken numbers to the visitor or draws broken geometry.
            const text = root.textContent ?? '';
            const injected = injectedText(c);
            for (const word of ['NaN', 'Infinity']) {
              if (text.includes(word) && !injected.includes(word)) problems.push(`renders "${word}"`);
            }
            for (const node of root.querySelectorAll('svg *')) {
              for (const attr of node.getAttributeNames()) {
                if (/NaN|Infinity/.test(node.getAttribute(attr) ?? '')) problems.push(`svg ${node.localName} ${attr}="${node.getAttribute(attr)}"`);
              }
            }
          }
          el.remove();
          await frame();
          problems.push(...pageErrors);
          if (problems.length) throw new Error(`<${spec.tag}> ${[...new Set(problems)].join('; ')}`);
        }),
        { numRuns: 50, interruptAfterTimeLimit: 40000, includeErrorInReport: true },
      );
    });
  }
});
