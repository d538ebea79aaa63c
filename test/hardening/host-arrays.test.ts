/**
 * Arrays the host hands in (a row's `health_missing`, a config's signals, a decision's warnings, radar axes, an ask
 * history, day counts, yearly investments) may be exotic, as a warehouse driver's are: an own `includes`, `some`,
 * `forEach` or iterator that answers something else than the indices hold. The host page may also have replaced
 * `Array.prototype` methods, or given `Array.prototype` an index that a hole would inherit. The kit reads each such
 * array once, by index, so the verdict is the one the items call for: a right answer or a clear error. Host
 * objects are read by their own fields likewise.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthBadge, NpsSurvey, ScoreRadar } from '../../src/index.js';
import {
  defaultHealthConfig,
  InputError,
  parseAskHistory,
  projectRoi,
  readHealthRow,
  scoreHealth,
  timeToReference,
  canRequestReference,
  type HealthRow,
} from '../../src/core/index.js';
import { healthScoreSql } from '../../src/sql/index.js';
import { warehouseRows } from '../fixtures/warehouse-rows.js';

/** `items` as an array with extra own, non-enumerable properties, e.g. a method that lies. */
function exotic<T>(items: T[], own: Record<PropertyKey, unknown>): T[] {
  const out = [...items];
  for (const key of Reflect.ownKeys(own)) Object.defineProperty(out, key, { value: own[key as string], configurable: true, writable: true });
  return out;
}

/** Runs `body` with `target[key]` replaced by `value` (non-enumerable, as built-ins are), then puts it back. */
async function replaced<T>(target: object, key: PropertyKey, value: unknown, body: () => T | Promise<T>): Promise<T> {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: false });
  try {
    return await body();
  } finally {
    if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<PropertyKey, unknown>)[key];
  }
}

/** A mutable copy of a recorded warehouse row: 0 lists three missing signals, 1 none. */
const rowOf = (i: number, missing?: unknown): Record<string, unknown> => {
  const { row } = warehouseRows[i];
  return { ...row, health_missing: missing ?? [...row.health_missing] };
};
const MISSING_0 = [...warehouseRows[0].row.health_missing];
const codesOf = (r: ReturnType<typeof readHealthRow>) => (r.success ? [] : r.issues.map((i) => i.code));
const never = () => false;
/**
 * The text of what `selector` finds in `el`'s shadow root, '' when nothing: a failure then shows the error's words,
 * and no element goes into an assertion message (serializing one stalls the test runner).
 */
const textOf = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('hardening: host arrays are read once, by index', () => {
  describe('readHealthRow: health_missing', () => {
    it('an own includes that always says yes does not list present signals as missing', () => {
      const read = readHealthRow(rowOf(1, exotic([], { includes: () => true })), defaultHealthConfig);
      expect(codesOf(read)).to.deep.equal([]);
      expect(read.success && read.result.missing).to.deep.equal([]);
    });

    it('an own some that finds nothing wrong does not let an unknown id through', () => {
      const read = readHealthRow(rowOf(0, exotic([...MISSING_0, 'not_a_signal'], { some: never })), defaultHealthConfig);
      expect(codesOf(read)).to.deep.equal(['missing']);
    });

    it('Array.prototype.includes replaced during the call: the row still reads as given', async () => {
      const read = await replaced(Array.prototype, 'includes', never, () => readHealthRow(rowOf(0), defaultHealthConfig));
      expect(codesOf(read)).to.deep.equal([]);
      expect(read.success && read.result.missing).to.deep.equal(MISSING_0);
    });

    it('Array.prototype.some replaced during the call: a signal listed twice is still an error', async () => {
      const row = rowOf(0, [MISSING_0[0], ...MISSING_0]);
      const read = await replaced(Array.prototype, 'some', never, () => readHealthRow(row, defaultHealthConfig));
      expect(codesOf(read)).to.deep.equal(['missing']);
    });

    it('a hole is not a signal id, even with an Array.prototype index for it to inherit', async () => {
      const sparse: unknown[] = [];
      sparse[1] = MISSING_0[1];
      sparse[2] = MISSING_0[2];
      const read = await replaced(Array.prototype, 0, MISSING_0[0], () => readHealthRow(rowOf(0, sparse), defaultHealthConfig));
      expect(read.success).to.equal(false);
      expect(codesOf(read)).to.include('missing');
    });
  });

  describe('health-badge', () => {
    it('shows a warehouse row as given while Array.prototype.includes is broken', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge label="Acme"></health-badge>`);
      await replaced(Array.prototype, 'includes', never, async () => {
        el.row = rowOf(0) as HealthRow;
        await elementUpdated(el);
      });
      expect(textOf(el, '[part="error"]')).to.equal('');
      expect(el.result?.missing).to.deep.equal(MISSING_0);
      expect(el.result?.score).to.equal(warehouseRows[0].row.health_score);
    });

    it('shows a decision’s early warning while Array.prototype.includes is broken', async () => {
      const el = await fixture<HealthBadge>(html`<health-badge label="Acme" score="42"></health-badge>`);
      await replaced(Array.prototype, 'includes', never, async () => {
        el.decision = { warnings: [{ id: 'usage-drop', rule: 'usage fell', value: -0.4, threshold: -0.3 }], recommended: 'churn-review' };
        await elementUpdated(el);
      });
      expect(textOf(el, '[part="error"]')).to.equal('');
      expect(textOf(el, '[part="warnings"]')).to.equal('⚠ 1');
    });

    it('scores with a config whose signals have an own forEach that skips them all', async () => {
      const { signals } = warehouseRows[0];
      const config = { ...defaultHealthConfig, signals: exotic(defaultHealthConfig.signals, { forEach: () => undefined }) };
      const el = await fixture<HealthBadge>(html`<health-badge label="Acme" .signals=${signals} .config=${config}></health-badge>`);
      await elementUpdated(el);
      const expected = scoreHealth(signals, defaultHealthConfig);
      expect(expected.score).to.equal(warehouseRows[0].row.health_score);
      expect(el.result?.score).to.equal(expected.score);
    });
  });

  it('score-radar draws axes whose own forEach does nothing', async () => {
    const axes = exotic(
      [
        { id: 'a', label: 'Alpha' },
        { id: 'b', label: 'Beta' },
        { id: 'c', label: 'Gamma' },
      ],
      { forEach: () => undefined },
    );
    const el = await fixture<ScoreRadar>(html`<score-radar label="Scores" .axes=${axes} .series=${[{ label: 'Now', values: { a: 1, b: 2, c: 3 } }]}></score-radar>`);
    await elementUpdated(el);
    expect(textOf(el, '[role="alert"]')).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('th[scope="row"]').length).to.equal(3);
  });

  describe('the NPS ask history', () => {
    const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);
    const DAY = 86_400_000;

    it('a decline in a host history whose own iterator yields nothing still silences the invitation', async () => {
      const history = exotic([{ at: T0 - 60 * DAY, outcome: 'declined' }], { [Symbol.iterator]: function* () {} });
      const el = await fixture<NpsSurvey>(html`<nps-survey advocacy .now=${() => T0} .askHistory=${history}></nps-survey>`);
      el.value = 10;
      await elementUpdated(el);
      expect(textOf(el, '[role="radiogroup"]'), 'the survey shows').to.not.equal('');
      expect(textOf(el, 'fieldset'), 'no invitation').to.equal('');
    });

    it('an entry is a record by its own properties, not by ones inherited from Object.prototype', async () => {
      await replaced(Object.prototype, 'at', T0, () =>
        replaced(Object.prototype, 'outcome', 'declined', () => expect(parseAskHistory([{}, { at: T0 - DAY, outcome: 'accepted' }])).to.deep.equal([{ at: T0 - DAY, outcome: 'accepted' }])),
      );
    });
  });

  describe('core inputs', () => {
    it('timeToReference: a hole is an error, not a NaN mean', () => {
      // eslint-disable-next-line no-sparse-arrays
      expect(() => timeToReference([10, , 20] as number[])).to.throw(InputError, 'days[1]');
    });

    it('projectRoi: yearly investments are read by index, not through the array’s own iterator', () => {
      const annualInvestment = exotic([100, 200, 300], { [Symbol.iterator]: function* () {} });
      const p = projectRoi({ annualInvestment, years: 3 });
      expect(p.rows.map((r) => r.investment)).to.deep.equal([500_000, 100, 200, 300]);
    });

    it('canRequestReference: a "no" in a history whose own forEach skips it still counts', () => {
      const now = Date.UTC(2026, 5, 1);
      const history = exotic([{ at: now - 30 * 86_400_000, type: 'no' }], { forEach: () => undefined });
      expect(canRequestReference(history as never, now)).to.include({ allowed: false, reason: 'declined' });
    });

    it('healthScoreSql: the kept columns written into the SQL are the ones checked and quoted', () => {
      const keep = exotic(['account_id'], { map: () => ['1; DROP TABLE accounts; --'] });
      const sql = healthScoreSql(defaultHealthConfig, { dialect: 'postgres', table: 'accounts', keep });
      // Booleans: the SQL is some 8,000 characters, too long for a failure message.
      expect(sql.includes('"account_id"'), 'the kept column, quoted').to.equal(true);
      expect(sql.includes('DROP TABLE'), 'text from the array\'s own map').to.equal(false);
    });
  });
});

describe('hardening: host objects are read by their own fields', () => {
  it('healthScoreSql reads only its options’ own fields: junk on Object.prototype never becomes SQL', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.sql = 'SELECT secret FROM passwords';
    proto.keep = ['password'];
    const attempt = (table: unknown) => {
      try {
        return healthScoreSql(defaultHealthConfig, { dialect: 'postgres', table: table as never });
      } catch (e) {
        return String(e);
      }
    };
    let results: string[];
    try {
      results = [attempt({}), attempt('accounts')];
    } finally {
      delete proto.sql;
      delete proto.keep;
    }
    expect(results[0]).to.match(/table must be a name, an array of name parts, or \{ sql \}/);
    expect(results[1]).to.include('"accounts"');
    expect(results[1]).not.to.include('password');
  });
});
