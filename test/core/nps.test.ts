import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isNpsScore, npsCategory, summarizeNps } from '../../src/core/index.js';

describe('npsCategory', () => {
  it('9–10 promoter, 7–8 passive, 0–6 detractor', () => {
    const got = Array.from({ length: 11 }, (_, s) => npsCategory(s));
    expect(got).to.deep.equal([
      ...Array(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('rejects scores that are not whole numbers 0–10', () => {
    for (const bad of [11, -1, 7.5, NaN, Infinity, '7', null, undefined]) {
      expect(isNpsScore(bad), String(bad)).to.equal(false);
      expect(() => npsCategory(bad as number)).to.throw(/Invalid NPS score .* whole number from 0 to 10/);
    }
    expect(() => npsCategory('7' as unknown as number)).to.throw(/"7"/);
    expect(isNpsScore(0)).to.equal(true);
    expect(isNpsScore(10)).to.equal(true);
  });
});

describe('summarizeNps', () => {
  it('[10, 9, 8, 7, 6, 0] by hand: NPS 0, margin 65.3', () => {
    // pP = pD = 1/3; var = 2/3 − 0; MoE = 1.96·√((2/3)/6)·100 = 1.96·(1/3)·100 = 65.33…
    expect(summarizeNps([10, 9, 8, 7, 6, 0])).to.deep.equal({
      nps: 0,
      total: 6,
      promoters: 2,
      passives: 2,
      detractors: 2,
      pctPromoters: 33.3,
      pctPassives: 33.3,
      pctDetractors: 33.3,
      marginOfError95: 65.3,
    });
  });

  it('[10, 10, 10, 9, 8, 3, 0, 7] by hand: NPS 25, margin 63.9', () => {
    // pP = 4/8, pD = 2/8: NPS 25; var = 0.75 − 0.0625 = 0.6875; MoE = 1.96·√(0.6875/8)·100 = 57.46
    const r = summarizeNps([10, 10, 10, 9, 8, 3, 0, 7]);
    expect(r).to.include({ nps: 25, pctPromoters: 50, pctPassives: 25, pctDetractors: 25 });
    expect(r.marginOfError95).to.equal(Math.round(1.96 * Math.sqrt(0.6875 / 8) * 1000) / 10);
    expect(r.marginOfError95).to.equal(57.5);
  });

  it('all promoters: NPS 100 with zero margin; all detractors: −100', () => {
    expect(summarizeNps([9, 10, 10])).to.include({ nps: 100, marginOfError95: 0 });
    expect(summarizeNps([0, 6])).to.include({ nps: -100, marginOfError95: 0 });
  });

  it('an empty input gives nulls, never NaN', () => {
    expect(summarizeNps([])).to.deep.equal({
      nps: null,
      total: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      pctPromoters: null,
      pctPassives: null,
      pctDetractors: null,
      marginOfError95: null,
    });
  });

  it('accepts any iterable and rejects a bad score anywhere in it', () => {
    function* scores() {
      yield 10;
      yield 0;
      yield 10;
    }
    expect(summarizeNps(scores()).nps).to.equal(33.3);
    expect(summarizeNps(new Set([9, 3])).nps).to.equal(0);
    expect(() => summarizeNps([10, 9, 11])).to.throw(/11/);
    expect(() => summarizeNps([10, NaN])).to.throw(/NaN/);
  });

  it('property: counts add up and NPS stays within −100…100 at one decimal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 500 }), (xs) => {
        const r = summarizeNps(xs);
        const n = r.nps!;
        return (
          r.total === xs.length &&
          r.promoters + r.passives + r.detractors === xs.length &&
          n >= -100 &&
          n <= 100 &&
          Math.round(n * 10) === n * 10 &&
          r.marginOfError95! >= 0 &&
          Math.abs(n - (r.pctPromoters! - r.pctDetractors!)) <= 0.11
        );
      }),
    );
  });
});
