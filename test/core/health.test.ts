import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  defaultHealthConfig,
  HealthConfigError,
  healthBand,
  readHealthRow,
  normalCdf,
  normalizeSignal,
  scoreHealth,
  scoreHealthBatch,
  type HealthConfig,
  type HealthSignals,
} from '../../src/core/index.js';

const full: HealthSignals = {
  dau_mau: 0.3,
  seat_utilization: 0.5,
  ticket_reopen_rate: 0.05,
  csm_sentiment: 10,
  nps: 45,
  payment_overdue_days: 10,
  mrr_trend: 0,
};

const pointsOf = (id: string, value: number) =>
  normalizeSignal(defaultHealthConfig.signals.find((s) => s.id === id)!.normalize, value);

describe('health normalizers (seed 003 worked examples)', () => {
  it('DAU/MAU 0.3 → 30 points (min-max 0–1, clamped)', () => {
    expect(pointsOf('dau_mau', 0.3)).to.be.closeTo(30, 1e-9);
    expect(pointsOf('dau_mau', 1.7)).to.equal(100);
    expect(pointsOf('dau_mau', -0.2)).to.equal(0);
    expect(pointsOf('mrr_trend', 0)).to.be.closeTo(50, 1e-9);
    expect(pointsOf('csm_sentiment', 1)).to.equal(0);
  });

  it('ticket reopen rate 5 % → 95 points (inverse)', () => {
    expect(pointsOf('ticket_reopen_rate', 0.05)).to.be.closeTo(95, 1e-9);
    expect(pointsOf('ticket_reopen_rate', 1.5)).to.equal(0);
  });

  it('NPS 45 → 70 points (z-score to percentile)', () => {
    expect(Math.round(pointsOf('nps', 45) * 10) / 10).to.equal(70.0);
    expect(pointsOf('nps', 30)).to.be.closeTo(50, 1e-5);
  });

  it('payment overdue < 15 days → 100 points, then halving every 15 days', () => {
    for (const days of [0, 1, 14, 14.9, 15]) expect(pointsOf('payment_overdue_days', days)).to.equal(100);
    expect(pointsOf('payment_overdue_days', 30)).to.be.closeTo(50, 1e-9);
    expect(pointsOf('payment_overdue_days', 45)).to.be.closeTo(25, 1e-9);
  });

  it('Φ is accurate to 1e-7', () => {
    const known: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145707],
      [1.96, 0.9750021048517795],
      [-1.96, 0.024997895148220435],
      [0.5244005127080407, 0.7],
      [3, 0.9986501019683699],
      [-4, 3.167124183311992e-5],
      [6, 0.9999999990134123],
    ];
    for (const [z, p] of known) expect(Math.abs(normalCdf(z) - p), `Φ(${z})`).to.be.lessThan(1e-7);
    expect(normalCdf(40)).to.equal(1);
    expect(normalCdf(-40)).to.equal(0);
  });
});

describe('scoreHealth', () => {
  it('is the weighted mean of normalized points, one decimal, with its band', () => {
    const expected = (25 * 30 + 15 * 50 + 15 * 95 + 5 * 100 + 20 * pointsOf('nps', 45) + 10 * 100 + 10 * 50) / 100;
    const r = scoreHealth(full);
    expect(r.score).to.equal(Math.round(expected * 10) / 10);
    expect(r.score).to.equal(63.3);
    expect(r.band).to.equal('amber');
    expect(r.missing).to.deep.equal([]);
  });

  it('reports contributions that sum to the score', () => {
    const r = scoreHealth(full);
    expect(r.contributions.map((c) => c.id)).to.deep.equal(defaultHealthConfig.signals.map((s) => s.id));
    const dau = r.contributions[0];
    expect(dau).to.include({ id: 'dau_mau', label: 'DAU/MAU ratio', weight: 25, raw: 0.3 });
    expect(dau.points).to.be.closeTo(30, 1e-9);
    expect(dau.contribution).to.be.closeTo(7.5, 1e-9);
    const sum = r.contributions.reduce((a, c) => a + c.contribution, 0);
    expect(Math.abs(sum - r.score!)).to.be.lessThan(0.05);
  });

  it('the default weights keep the seed categories at 40/20/20/20', () => {
    const byCategory: Record<string, number> = {};
    for (const s of defaultHealthConfig.signals) byCategory[s.category] = (byCategory[s.category] ?? 0) + s.weight;
    expect(byCategory).to.deep.equal({ behavioral: 40, relationship: 20, commercial: 20, outcome: 20 });
    expect(Object.isFrozen(defaultHealthConfig.signals[0].normalize)).to.equal(true);
  });

  it('leaves missing signals (null, undefined, NaN) out and lists them', () => {
    const r = scoreHealth({ ...full, nps: null, mrr_trend: NaN, seat_utilization: undefined });
    expect(r.missing).to.deep.equal(['seat_utilization', 'nps', 'mrr_trend']);
    const present = 25 * 30 + 15 * 95 + 5 * 100 + 10 * 100;
    expect(r.score).to.equal(Math.round((present / 55) * 10) / 10);
    const sum = r.contributions.reduce((a, c) => a + c.contribution, 0);
    expect(Math.abs(sum - r.score!)).to.be.lessThan(0.05);
  });

  it('needs half the configured weight present, else score null and band unknown', () => {
    const half = scoreHealth({ dau_mau: 0.9, seat_utilization: 0.9, payment_overdue_days: 0 });
    expect(half.score).to.equal(Math.round(((25 * 90 + 15 * 90 + 10 * 100) / 50) * 10) / 10);
    const under = scoreHealth({ dau_mau: 0.9, seat_utilization: 0.9, csm_sentiment: 10 });
    expect(under).to.deep.include({ score: null, band: 'unknown' });
    expect(under.missing).to.have.length(4);
    expect(scoreHealth({})).to.deep.include({ score: null, band: 'unknown' });
    expect(scoreHealth({ dau_mau: 1 }, { ...defaultHealthConfig, minCoverage: 0.2 }).score).to.equal(100);
  });

  it('ignores unknown signals and rejects wrong types and infinities', () => {
    expect(scoreHealth({ ...full, extra: 5 }).score).to.equal(63.3);
    expect(() => scoreHealth({ ...full, nps: '45' as unknown as number })).to.throw(/"nps" must be a number, got string/);
    expect(() => scoreHealth({ ...full, dau_mau: Infinity })).to.throw(/"dau_mau" must be finite/);
    expect(() => scoreHealth(null as unknown as HealthSignals)).to.throw(/must be an object/);
  });

  it('rejects unusable configs with a clear error', () => {
    const bad = (c: unknown) => () => scoreHealth(full, c as HealthConfig);
    expect(bad({ signals: [] })).to.throw(/non-empty/);
    expect(bad({ signals: [{ id: 'a', label: 'A', category: 'outcome', weight: 0, normalize: { kind: 'inverse' } }] })).to.throw(
      /weight must be a number > 0/,
    );
    expect(bad({ signals: [{ id: 'a', label: 'A', category: 'outcome', weight: 1, normalize: { kind: 'min-max', min: 1, max: 1 } }] })).to.throw(
      /min < max/,
    );
    expect(bad({ ...defaultHealthConfig, model: { kind: 'logistic', intercept: 0, coefficients: { ghost: 1 } } })).to.throw(
      /unknown signal "ghost"/,
    );
  });

  it('reports an unusable config with a stable code and its path and id, beside the English message', () => {
    const thrown = (c: unknown): unknown => {
      try {
        scoreHealth(full, c as HealthConfig);
      } catch (e) {
        return e;
      }
      return null;
    };
    const seen = (c: unknown) => {
      const e = thrown(c) as HealthConfigError;
      expect(e).to.be.instanceOf(HealthConfigError).and.instanceOf(Error);
      return { code: e.code, params: { ...e.params }, message: e.message };
    };
    const signal = { id: 'a', label: 'A', category: 'outcome', weight: 1, normalize: { kind: 'inverse' } };
    expect(seen({ signals: [] })).to.deep.equal({ code: 'signals', params: {}, message: 'Invalid health config: "signals" must be a non-empty array.' });
    expect(seen({ signals: [signal, { ...signal, id: 'b', normalize: { kind: 'decay', grace: 1, halfLife: 0 } }] })).to.deep.equal({
      code: 'decay',
      params: { at: 'signals[1]' },
      message: 'Invalid health config: signals[1].normalize needs a finite grace and halfLife > 0.',
    });
    expect(seen({ signals: [signal, signal] })).to.deep.equal({
      code: 'duplicate-id',
      params: { at: 'signals[1]', id: 'a' },
      message: 'Invalid health config: signals[1].id "a" is used twice.',
    });
    expect(seen({ ...defaultHealthConfig, model: { kind: 'logistic', intercept: 0, coefficients: { ghost: 1 } } })).to.deep.equal({
      code: 'unknown-coefficient',
      params: { id: 'ghost' },
      message: 'Invalid health config: model.coefficients names unknown signal "ghost".',
    });
    const row = readHealthRow({ health_score: 50 }, { signals: [signal], bands: { green: 10, amber: 20 } } as HealthConfig);
    expect(row.success ? [] : row.issues.map((i) => ({ ...i, params: { ...i.params } }))).to.deep.equal([
      { path: 'config', code: 'bands', params: {}, message: 'Invalid health config: "bands" must satisfy 0 ≤ amber ≤ green ≤ 100.' },
    ]);
  });

  it('property: any signals give a score that is null or within 0–100, never NaN', () => {
    const value = fc.oneof(fc.double({ noDefaultInfinity: true }), fc.constant(null), fc.constant(undefined), fc.constant(NaN));
    const signals = fc.record(Object.fromEntries(defaultHealthConfig.signals.map((s) => [s.id, value])));
    fc.assert(
      fc.property(signals, (sig) => {
        const r = scoreHealth(sig as HealthSignals);
        if (r.score === null) return r.band === 'unknown';
        return r.score >= 0 && r.score <= 100 && r.band === healthBand(r.score) && Math.round(r.score * 10) === r.score * 10;
      }),
      { numRuns: 500 },
    );
  });
});

describe('healthBand', () => {
  it('80–100 green, 50–79.x amber, below 50 red', () => {
    const cases: [number, string][] = [
      [100, 'green'], [80, 'green'], [79.9, 'amber'], [50, 'amber'], [49.9, 'red'], [0, 'red'],
    ];
    for (const [score, band] of cases) expect(healthBand(score), String(score)).to.equal(band);
    expect(healthBand(70, { bands: { green: 70, amber: 40 } })).to.equal('green');
  });

  it('throws on NaN or out of 0–100', () => {
    for (const bad of [NaN, -0.1, 100.1, Infinity]) expect(() => healthBand(bad)).to.throw(/0 to 100/);
  });
});

describe('logistic health model', () => {
  const config: HealthConfig = {
    ...defaultHealthConfig,
    model: { kind: 'logistic', intercept: -1, coefficients: { dau_mau: -2, payment_overdue_days: 0.05 } },
  };

  it('health = 100·(1 − p) with logit(p) = β0 + Σ βᵢ·xᵢ', () => {
    const logit = -1 + -2 * 0.3 + 0.05 * 10;
    const p = 1 / (1 + Math.exp(-logit));
    const r = scoreHealth(full, config);
    expect(r.score).to.equal(Math.round(100 * (1 - p) * 10) / 10);
    expect(r.score).to.equal(75.0);
    expect(r.band).to.equal('amber');
    expect(r.contributions.find((c) => c.id === 'dau_mau')!.contribution).to.be.closeTo(-0.6, 1e-12);
  });

  it('is unknown when a signal the model needs is missing', () => {
    const r = scoreHealth({ ...full, payment_overdue_days: null }, config);
    expect(r).to.deep.include({ score: null, band: 'unknown' });
    expect(r.missing).to.deep.equal(['payment_overdue_days']);
  });
});

describe('scoreHealthBatch', () => {
  const ids = defaultHealthConfig.signals.map((s) => s.id);

  function rowsToColumns(rows: (number | null)[][]) {
    return Object.fromEntries(ids.map((id, j) => [id, Float64Array.from(rows, (r) => r[j] ?? NaN)]));
  }

  it('gives the same numbers as scoreHealth for each row (NaN = unknown)', () => {
    const rows = [
      [0.3, 0.5, 0.05, 10, 45, 10, 0],
      [null, null, null, null, null, null, null],
      [0.9, 0.9, null, null, null, 0, null],
      [0.1, null, 0.3, 2, -20, 60, -0.1],
    ];
    const out = scoreHealthBatch(rowsToColumns(rows));
    expect(out).to.be.instanceOf(Float64Array);
    expect(Array.from(out).slice(0, 3)).to.deep.equal([63.3, NaN, 92]);
    rows.forEach((row, i) => {
      const single = scoreHealth(Object.fromEntries(ids.map((id, j) => [id, row[j]])));
      expect(Number.isNaN(out[i]) ? null : out[i], `row ${i}`).to.equal(single.score);
    });
  });

  it('property: batch = per-row scoreHealth, weighted and logistic', () => {
    const cell = fc.oneof(fc.double({ min: -100, max: 200, noNaN: true }), fc.constant(null));
    const logistic: HealthConfig = {
      ...defaultHealthConfig,
      model: { kind: 'logistic', intercept: 0.5, coefficients: { dau_mau: -3, nps: -0.02 } },
    };
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 30 }), fc.boolean(), (rows, useLogistic) => {
        const config = useLogistic ? logistic : defaultHealthConfig;
        const out = scoreHealthBatch(rowsToColumns(rows), config);
        return rows.every((row, i) => {
          const single = scoreHealth(Object.fromEntries(ids.map((id, j) => [id, row[j]])), config).score;
          return single === null ? Number.isNaN(out[i]) : out[i] === single;
        });
      }),
      { numRuns: 200 },
    );
  });

  it('treats an absent column as missing and rejects mismatched lengths', () => {
    const out = scoreHealthBatch({ dau_mau: [1, 0], seat_utilization: [1, 1], payment_overdue_days: new Float32Array([0, 30]) });
    expect(Array.from(out)).to.deep.equal([100, Math.round(((15 * 100 + 10 * 50) / 50) * 10) / 10]);
    expect(() => scoreHealthBatch({ dau_mau: [1, 0], nps: [1] })).to.throw(/"nps" has 1 rows, expected 2/);
    expect(scoreHealthBatch({})).to.have.length(0);
  });
});

describe('scoring on hostile input (hardening)', () => {
  const ids = defaultHealthConfig.signals.map((s) => s.id);
  const junk = ['7', true, false, [0.5], {}, Infinity, -Infinity];

  it('property: scoreHealthBatch on plain arrays agrees with scoreHealth on every cell, junk included', () => {
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: -50, max: 150, noNaN: true }) },
      { weight: 2, arbitrary: fc.constantFrom(null, undefined, NaN) },
      { weight: 1, arbitrary: fc.constantFrom(...junk) },
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 12 }), (rows) => {
        const columns = Object.fromEntries(ids.map((id, j) => [id, rows.map((r) => r[j])]));
        const singles = rows.map((row) => {
          try {
            return { score: scoreHealth(Object.fromEntries(ids.map((id, j) => [id, row[j]])) as HealthSignals).score };
          } catch (e) {
            return { error: (e as Error).message };
          }
        });
        const firstError = singles.find((s) => 'error' in s);
        let batch: Float64Array;
        try {
          batch = scoreHealthBatch(columns);
        } catch (e) {
          // The batch stops at the first bad cell, column by column; some row must reject it too.
          return firstError !== undefined && /must be (a number|finite)/.test((e as Error).message);
        }
        return firstError === undefined && singles.every((s, i) => (s.score === null ? Number.isNaN(batch[i]) : batch[i] === s.score));
      }),
      { numRuns: 300 },
    );
  });

  it('an all-null row of a plain array is unknown, as scoreHealth says, not a red 32.9', () => {
    const columns = Object.fromEntries(ids.map((id) => [id, [null]]));
    expect(scoreHealth(Object.fromEntries(ids.map((id) => [id, null])))).to.include({ score: null, band: 'unknown' });
    expect(Number.isNaN(scoreHealthBatch(columns)[0])).to.equal(true);
  });

  it('rejects a column whose length is not a whole number', () => {
    expect(() => scoreHealthBatch({ dau_mau: { length: 1.5 } as unknown as number[] })).to.throw(/"dau_mau" must be an array/);
    expect(() => scoreHealthBatch({ dau_mau: { length: -1 } as unknown as number[] })).to.throw(/"dau_mau" must be an array/);
  });

  it('never reads a signal or column through the prototype chain', () => {
    const signals = Object.create({ nps: 100, dau_mau: 1 }) as HealthSignals;
    signals.seat_utilization = 0.5;
    const r = scoreHealth(signals);
    expect(r.missing).to.include.members(['nps', 'dau_mau']);
    const columns = Object.create({ nps: [100], dau_mau: [1] }) as Record<string, number[]>;
    columns.seat_utilization = [0.5];
    expect(Number.isNaN(scoreHealthBatch(columns)[0])).to.equal(true);
  });

  it('never fills a hole in a column from Array.prototype', () => {
    const columns = (dau: unknown[]) => ({ dau_mau: dau, seat_utilization: [0.8, 0.8, 0.8], ticket_reopen_rate: [0.1, 0.1, 0.1], nps: [30, 30, 30] });
    // eslint-disable-next-line no-sparse-arrays
    const holey = [0.62, , 0.1];
    const clean = scoreHealthBatch(columns([0.62, undefined, 0.1]));
    expect(Number.isNaN(clean[1])).to.equal(false);
    const proto = Array.prototype as unknown as Record<number, unknown>;
    proto[1] = 0.01;
    try {
      expect([...scoreHealthBatch(columns(holey))]).to.deep.equal([...clean]);
    } finally {
      delete proto[1];
    }
  });

  it('reads a config’s own settings only: junk on Object.prototype named like them changes nothing', () => {
    const signals = { dau_mau: 0.6, seat_utilization: 0.5, ticket_reopen_rate: 0.1, nps: 30, csm_sentiment: 4, payment_overdue_days: 0, mrr_trend: 0.02 };
    const clean = scoreHealth(signals);
    const junk: Record<string, unknown> = {
      model: 'x',
      minCoverage: 2,
      bands: { green: -1, amber: 500 },
      label: 7,
      weight: -1,
      normalize: { kind: 'nonsense' },
      green: 'x',
      intercept: 'x',
    };
    const proto = Object.prototype as Record<string, unknown>;
    for (const [k, v] of Object.entries(junk)) proto[k] = v;
    try {
      expect(scoreHealth(signals)).to.deep.equal(clean);
      const config = { ...defaultHealthConfig, signals: defaultHealthConfig.signals.map((s) => ({ ...s })) };
      expect(scoreHealth(signals, config)).to.deep.equal(clean);
    } finally {
      for (const k of Object.keys(junk)) delete proto[k];
    }
  });

  it('ignores junk on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.nps = 100;
    proto.dau_mau = 1;
    try {
      expect(scoreHealth({ seat_utilization: 0.5, ticket_reopen_rate: 0.1, csm_sentiment: 5, payment_overdue_days: 0, mrr_trend: 0 }).missing).to.deep.equal([
        'dau_mau',
        'nps',
      ]);
    } finally {
      delete proto.nps;
      delete proto.dau_mau;
    }
  });

  it('rejects reserved signal ids with a clear message, weighted and logistic', () => {
    for (const id of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const config = { signals: [{ id, label: 'x', category: 'outcome', weight: 1, normalize: { kind: 'inverse' } }] } as HealthConfig;
      expect(() => scoreHealth({}, config), id).to.throw(`"${id}" is a reserved name`);
    }
    const logistic = { ...defaultHealthConfig, model: { kind: 'logistic', intercept: 0, coefficients: JSON.parse('{"constructor": 1}') } } as HealthConfig;
    expect(() => scoreHealth(full, logistic)).to.throw(/unknown signal "constructor"/);
  });

  it('checks a config again after it was changed, instead of trusting its first check', () => {
    const config = structuredClone(defaultHealthConfig) as HealthConfig;
    expect(scoreHealth(full, config).score).to.equal(63.3);
    (config.signals[0] as { weight: number }).weight = -5;
    expect(() => scoreHealth(full, config)).to.throw(/signals\[0\]\.weight must be a number > 0/);
    expect(() => scoreHealthBatch({ dau_mau: [1] }, config)).to.throw(/signals\[0\]\.weight/);
  });

  it('turns a throwing getter or proxy in signals, columns or config into a clear error', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => true, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(() => scoreHealth(throwing as HealthSignals)).to.throw(/could not be read/);
    expect(() => scoreHealthBatch(throwing as Record<string, number[]>)).to.throw(/could not be read/);
    const config = { get signals(): never { throw new Error('boom'); } } as unknown as HealthConfig;
    expect(() => scoreHealth(full, config)).to.throw(/Invalid health config: it could not be read/);
  });
});
