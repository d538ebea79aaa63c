import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  benchmarkStatus,
  builtInModels,
  parseModel,
  scoreAssessment,
  type AssessmentModel,
} from '../../src/core/index.js';

const cm5 = builtInModels['customer-marketing-5'];
const cma11 = builtInModels['cma-advocacy-11'];
const ids = cm5.dimensions.map((d) => d.id);

/** Answers for customer-marketing-5 in dimension order. */
const answers = (...scores: number[]) => Object.fromEntries(scores.map((s, i) => [ids[i], s]));

/**
 * customer-marketing-5 with the first two dimensions weighted so that answering them k+1 and k gives an
 * overall of exactly k + tenths/10 — the only way to reach the band edges a plain mean of five misses.
 */
function weightedTo(tenths: number): AssessmentModel {
  const m = JSON.parse(JSON.stringify(cm5)) as AssessmentModel;
  m.dimensions[0].weight = tenths;
  m.dimensions[1].weight = 10 - tenths;
  return parseModel(m);
}
function overallAt(k: number, tenths: number) {
  return scoreAssessment(weightedTo(tenths), { [ids[0]]: k + 1, [ids[1]]: k });
}

describe('scoreAssessment: overall and bands (seed 000)', () => {
  it('overall is the mean of the five dimensions', () => {
    const r = scoreAssessment(cm5, answers(3, 4, 2, 5, 3));
    expect(r.overall).to.equal(3.4);
    expect(r.band!.label).to.equal('Competent');
    expect(r.complete).to.equal(true);
    expect(r.answered).to.equal(5);
    expect(r.total).to.equal(5);
  });

  const edges: [number[], number, string][] = [
    [[1, 1, 1, 1, 1], 1.0, 'Critical'],
    [[2, 2, 2, 2, 1], 1.8, 'Critical'],
    [[2, 2, 2, 2, 2], 2.0, 'Developing'],
    [[3, 3, 3, 3, 2], 2.8, 'Developing'],
    [[3, 3, 3, 3, 3], 3.0, 'Competent'],
    [[4, 4, 4, 4, 3], 3.8, 'Competent'],
    [[4, 4, 4, 4, 4], 4.0, 'Advanced'],
    [[5, 5, 4, 4, 4], 4.4, 'Advanced'],
    [[5, 5, 5, 4, 4], 4.6, 'Best-in-class'],
    [[5, 5, 5, 5, 5], 5.0, 'Best-in-class'],
  ];
  for (const [scores, overall, band] of edges) {
    it(`answers ${scores.join(',')} → ${overall.toFixed(1)} ${band}`, () => {
      const r = scoreAssessment(cm5, answers(...scores));
      expect(r.overall).to.equal(overall);
      expect(r.band!.label).to.equal(band);
    });
  }

  const weightedEdges: [number, number, number, string][] = [
    [1, 9, 1.9, 'Critical'],
    [2, 9, 2.9, 'Developing'],
    [3, 9, 3.9, 'Competent'],
    [4, 5, 4.5, 'Advanced'],
    [4, 6, 4.6, 'Best-in-class'],
    [2, 1, 2.1, 'Developing'],
  ];
  for (const [k, tenths, overall, band] of weightedEdges) {
    it(`weighted overall ${overall} → ${band}`, () => {
      const r = overallAt(k, tenths);
      expect(r.overall).to.equal(overall);
      expect(r.band!.label).to.equal(band);
    });
  }

  it('rounds half-up despite binary noise: 1.95 → 2.0 Developing, 4.55 → 4.6 Best-in-class', () => {
    const low = overallAt(1, 9.5);
    expect(low.overall).to.equal(2.0);
    expect(low.band!.label).to.equal('Developing');
    const high = overallAt(4, 5.5);
    expect(high.overall).to.equal(4.6);
    expect(high.band!.label).to.equal('Best-in-class');
    const below = overallAt(1, 9.4);
    expect(below.overall).to.equal(1.9);
    expect(below.band!.label).to.equal('Critical');
  });

  it('returns the band interpretation and next step from the seed', () => {
    const r = scoreAssessment(cm5, answers(2, 2, 2, 2, 2));
    expect(r.band).to.deep.equal({
      id: 'developing',
      label: 'Developing',
      interpretation: 'Basic customer marketing exists but reactive and fragmented',
      nextStep: 'Build reference program; launch advocacy; quarterly NPS with closed-loop',
    });
  });
});

describe('scoreAssessment: dimensions', () => {
  it('lists current and next level, with no next at the top', () => {
    const r = scoreAssessment(cm5, answers(1, 3, 5, 2, 4));
    const [expansion, reference, community] = r.dimensions;
    expect(expansion.level).to.deep.equal({
      score: 1,
      label: 'Ad hoc',
      description: 'No marketing involvement in expansion; purely CS/sales-driven',
    });
    expect(expansion.next!.label).to.equal('Emerging');
    expect(reference.next!.description).to.equal(
      '50+ references segmented; usage tracking prevents fatigue; video testimonials',
    );
    expect(community.level!.label).to.equal('Optimized');
    expect(community.next).to.equal(null);
  });

  it('shows red flags only at the two lowest levels', () => {
    const r = scoreAssessment(cm5, answers(1, 2, 3, 4, 5));
    expect(r.dimensions.map((d) => d.redFlags.length > 0)).to.deep.equal([true, true, false, false, false]);
    expect(r.dimensions[0].redFlags[0]).to.equal('Marketing has zero expansion attribution');
    const advocacy = scoreAssessment(cma11, { 'program-vision': 1 });
    expect(advocacy.dimensions[0].redFlags).to.deep.equal([]);
  });

  it('weakest lists every answered dimension tied at the minimum; spread is max − min', () => {
    const r = scoreAssessment(cm5, answers(2, 4, 2, 5, 3));
    expect(r.weakest).to.deep.equal(['expansion', 'community']);
    expect(r.spread).to.equal(3);
    const flat = scoreAssessment(cm5, answers(3, 3, 3, 3, 3));
    expect(flat.weakest).to.deep.equal(ids);
    expect(flat.spread).to.equal(0);
  });

  it('scores partial answers, listing unanswered dimensions with null score', () => {
    const r = scoreAssessment(cm5, { expansion: 4, voc: 2, lifecycle: null });
    expect(r.complete).to.equal(false);
    expect(r.answered).to.equal(2);
    expect(r.overall).to.equal(3.0);
    expect(r.dimensions).to.have.length(5);
    expect(r.dimensions[1]).to.deep.equal({
      id: 'reference',
      title: 'Customer reference and evidence',
      score: null,
      level: null,
      next: null,
      redFlags: [],
    });
    expect(r.weakest).to.deep.equal(['voc']);
  });

  it('no answers: overall, band, spread and benchmark are null', () => {
    const r = scoreAssessment(cm5, {}, { segment: 'growth' });
    expect(r).to.include({ overall: null, band: null, spread: null, benchmark: null, answered: 0, complete: false });
    expect(r.weakest).to.deep.equal([]);
  });

  it('rejects invalid answers with an error naming the dimension and value', () => {
    expect(() => scoreAssessment(cm5, { nope: 3 })).to.throw(/Unknown dimension "nope"/);
    expect(() => scoreAssessment(cm5, { voc: 6 })).to.throw(/"voc": 6 is not a whole number from 1 to 5/);
    expect(() => scoreAssessment(cm5, { voc: 0 })).to.throw(/"voc": 0/);
    expect(() => scoreAssessment(cm5, { voc: 2.5 })).to.throw(/"voc": 2.5/);
    expect(() => scoreAssessment(cm5, { voc: NaN })).to.throw(/"voc": NaN/);
    expect(() => scoreAssessment(cm5, { voc: '3' as unknown as number })).to.throw(/"voc": "3"/);
    expect(() => scoreAssessment(cma11, { 'program-vision': 5 })).to.throw(/from 1 to 4/);
    expect(() => scoreAssessment(cm5, answers(3), { segment: 'mega' })).to.throw(/Unknown segment "mega"/);
  });
});

describe('scoreAssessment: benchmarks (seed 000 segments)', () => {
  it('benchmarkStatus: ≤ alarm → alarm; < expected → below; < good → on-track; else good', () => {
    const cases: [string, number, string][] = [];
    for (const s of cm5.segments!) {
      cases.push([s.id, s.alarm, 'alarm'], [s.id, s.alarm + 0.1, 'below'], [s.id, s.expected - 0.1, 'below']);
      cases.push([s.id, s.expected, 'on-track'], [s.id, s.good - 0.1, 'on-track'], [s.id, s.good, 'good']);
    }
    for (const [id, value, status] of cases) {
      const seg = cm5.segments!.find((s) => s.id === id)!;
      expect(benchmarkStatus(Math.round(value * 10) / 10, seg), `${id} at ${value}`).to.equal(status);
    }
    expect(benchmarkStatus(0.9, { alarm: 1, expected: 1.4, good: 2 })).to.equal('alarm');
  });

  it('attaches the segment benchmark with status and delta to the result', () => {
    const growth = scoreAssessment(cm5, answers(2, 2, 2, 2, 2), { segment: 'growth' });
    expect(growth.benchmark).to.deep.equal({
      segmentId: 'growth',
      label: 'Growth ($5M-$50M ARR)',
      expected: 2.3,
      good: 3.0,
      alarm: 1.6,
      status: 'below',
      delta: -0.3,
    });
    const ent = scoreAssessment(cm5, answers(5, 5, 4, 4, 4), { segment: 'enterprise' });
    expect(ent.benchmark).to.include({ status: 'good', delta: 0.8 });
    const startup = scoreAssessment(cm5, answers(1, 1, 1, 1, 1), { segment: 'startup' });
    expect(startup.benchmark).to.include({ status: 'alarm', delta: -0.4 });
    const scale = scoreAssessment(cm5, answers(4, 4, 3, 3, 3), { segment: 'scale' });
    expect(scale.benchmark).to.include({ status: 'on-track', delta: 0.2 });
    const exact = scoreAssessment(cm5, answers(2, 2, 1, 1, 1), { segment: 'growth' });
    expect(exact.overall).to.equal(1.4);
    expect(exact.benchmark).to.include({ status: 'alarm' });
    expect(scoreAssessment(cm5, answers(3, 3, 3, 3, 3)).benchmark).to.equal(null);
  });
});

describe('scoreAssessment: properties', () => {
  for (const model of [cm5, cma11]) {
    it(`${model.id}: for any valid answers overall lies on the scale and its band contains it`, () => {
      const { min, max } = model.scale;
      const answer = fc.option(fc.integer({ min, max }), { nil: undefined });
      const arb = fc.tuple(...model.dimensions.map(() => answer));
      fc.assert(
        fc.property(arb, fc.constantFrom(undefined, ...(model.segments ?? []).map((s) => s.id)), (scores, segment) => {
          const given = Object.fromEntries(model.dimensions.map((d, i) => [d.id, scores[i]]));
          const r = scoreAssessment(model, given, { segment });
          const answered = scores.filter((s) => s !== undefined) as number[];
          if (!answered.length) return r.overall === null && r.band === null;
          const o = r.overall!;
          const bandOk = r.band !== null && model.bands.some((b) => b.id === r.band!.id && o >= b.min && o <= b.max);
          const weakestOk = r.weakest.every((id) => given[id] === Math.min(...answered));
          return o >= min && o <= max && bandOk && weakestOk && r.answered === answered.length;
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('scoreAssessment on hostile input (hardening)', () => {
  it('scores only the answers object’s own properties', () => {
    const inherited = Object.create({ expansion: 999 }) as Record<string, number>;
    inherited.reference = 3;
    const r = scoreAssessment(cm5, inherited);
    expect(r.overall).to.equal(3);
    expect(r.answered).to.equal(1);
    expect(r.dimensions.find((d) => d.id === 'expansion')!.score).to.equal(null);
  });

  it('parses a custom model from its own fields only: junk on Object.prototype named like a field changes nothing', () => {
    const custom = JSON.parse(JSON.stringify(cm5)) as Record<string, unknown>;
    delete custom.segments;
    const clean = parseModel(custom);
    const proto = Object.prototype as Record<string, unknown>;
    const junk: Record<string, unknown> = { weight: 1000, segments: 'x', redFlags: 7, evidence: [''], description: 5 };
    for (const [k, v] of Object.entries(junk)) proto[k] = v;
    try {
      const parsed = parseModel(custom);
      expect(parsed.dimensions.map((d) => d.weight)).to.deep.equal(clean.dimensions.map((d) => d.weight));
      expect(parsed.segments).to.equal(undefined);
      expect(scoreAssessment(parsed, answers(3, 4, 2, 5, 3)).overall).to.equal(3.4);
    } finally {
      for (const k of Object.keys(junk)) delete proto[k];
    }
  });

  it('ignores junk on Object.prototype named like a dimension', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.expansion = 5;
    try {
      const r = scoreAssessment(cm5, { reference: 2 });
      expect(r).to.include({ overall: 2, answered: 1, complete: false });
    } finally {
      delete proto.expansion;
    }
  });

  it('scores a built-in model from its own fields: junk on Object.prototype named like an optional field changes nothing', () => {
    const given = Object.fromEntries(cma11.dimensions.map((d, i) => [d.id, (i % 4) + 1]));
    const clean = scoreAssessment(cma11, given);
    const proto = Object.prototype as Record<string, unknown>;
    const junk: Record<string, unknown> = { segments: 'x', segment: 'growth', weight: 1000 };
    for (const [k, v] of Object.entries(junk)) proto[k] = v;
    let polluted: unknown[];
    try {
      polluted = [scoreAssessment(cma11, given), scoreAssessment(cm5, answers(3, 4, 2, 5, 3)).benchmark];
    } finally {
      for (const k of Object.keys(junk)) delete proto[k];
    }
    expect(polluted[0]).to.deep.equal(clean);
    // No segment was asked for: an inherited `segment` is not one.
    expect(polluted[1]).to.equal(null);
  });

  it('reads each answer once: a getter cannot pass the check with one value and score with another', () => {
    let reads = 0;
    const sly = { get expansion() { reads += 1; return reads === 1 ? 3 : 999; } };
    const r = scoreAssessment(cm5, sly);
    expect(r.overall).to.equal(3);
  });
});
