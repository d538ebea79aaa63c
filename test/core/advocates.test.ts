import { expect } from '@open-wc/testing';
import {
  InputError,
  advocateCandidacy,
  advocateFatigue,
  advocateStatus,
  canRequestReference,
  championTier,
  type AdvocacyEvent,
} from '../../src/core/index.js';

const at = (iso: string) => Date.parse(iso);
const ev = (iso: string, type: AdvocacyEvent['type']): AdvocacyEvent => ({ at: at(iso), type });

describe('advocateCandidacy (seed 004 signals)', () => {
  it('counts the seed’s signals at their thresholds', () => {
    const r = advocateCandidacy({
      npsScore: 9, tenureMonths: 12, activeUsers: 2, referrals: 1, speakingEngagements: 1, publicReviews: 1, featuredInCaseStudy: true,
    });
    expect(r.signals).to.deep.equal(['promoter', 'tenure', 'multipleUsers', 'referrals', 'speaking', 'publicReviews', 'featured']);
    expect(r.candidate).to.equal(true);
    const below = advocateCandidacy({ npsScore: 8, tenureMonths: 11, activeUsers: 1, referrals: 0, featuredInCaseStudy: false });
    expect(below.signals).to.deep.equal([]);
    expect(below.unknown).to.deep.equal(['speaking', 'publicReviews']);
  });

  it('two signals make a candidate by default; a detractor never is', () => {
    expect(advocateCandidacy({ npsScore: 10 }).candidate).to.equal(false);
    expect(advocateCandidacy({ npsScore: 10, tenureMonths: 24 }).candidate).to.equal(true);
    expect(advocateCandidacy({ npsScore: 10, tenureMonths: 24 }, { minSignals: 3 }).candidate).to.equal(false);
    const d = advocateCandidacy({ npsScore: 6, tenureMonths: 36, activeUsers: 40, publicReviews: 2 });
    expect(d).to.include({ candidate: false, detractor: true });
  });

  it('rejects an NPS outside 0–10', () => {
    expect(() => advocateCandidacy({ npsScore: 11 })).to.throw(InputError, 'npsScore');
  });
});

describe('advocateStatus (Asked / Willing / Active / Inactive)', () => {
  const now = at('2026-06-01T00:00:00Z');
  it('follows the history', () => {
    expect(advocateStatus([], now)).to.equal(null);
    expect(advocateStatus([ev('2026-05-01T00:00:00Z', 'ask')], now)).to.equal('asked');
    expect(advocateStatus([ev('2026-05-01T00:00:00Z', 'ask'), ev('2026-05-02T00:00:00Z', 'yes')], now)).to.equal('willing');
    expect(advocateStatus([ev('2026-05-02T00:00:00Z', 'yes'), ev('2026-05-20T00:00:00Z', 'reference-call')], now)).to.equal('active');
    expect(advocateStatus([ev('2026-05-02T00:00:00Z', 'no')], now)).to.equal('inactive');
  });

  it('an advocate with no action for 12 months is inactive', () => {
    const h = [ev('2025-05-01T00:00:00Z', 'yes'), ev('2025-06-01T00:00:00Z', 'case-study')];
    expect(advocateStatus(h, at('2026-05-31T23:59:59Z'))).to.equal('active');
    expect(advocateStatus(h, now)).to.equal('inactive');
    expect(advocateStatus(h, now, { activeMonths: 24 })).to.equal('active');
  });

  it('a later yes overrides an earlier no; future events are ignored', () => {
    expect(advocateStatus([ev('2025-01-01T00:00:00Z', 'no'), ev('2026-02-01T00:00:00Z', 'yes')], now)).to.equal('willing');
    expect(advocateStatus([ev('2026-07-01T00:00:00Z', 'ask')], now)).to.equal(null);
  });

  it('rejects junk history', () => {
    expect(() => advocateStatus([{ at: 1, type: '__proto__' as never }], now)).to.throw(InputError, 'history[0].type');
    expect(() => advocateStatus('x' as never, now)).to.throw(InputError, 'history');
  });
});

describe('canRequestReference (reference cap and "ask once, respect forever")', () => {
  it('caps references given, not asks: 2 per calendar quarter', () => {
    const now = at('2026-02-10T00:00:00Z');
    const asks = [ev('2026-01-05T00:00:00Z', 'ask'), ev('2026-01-06T00:00:00Z', 'ask'), ev('2026-01-07T00:00:00Z', 'ask')];
    expect(canRequestReference(asks, now).allowed).to.equal(true);
    const given = [ev('2026-01-05T00:00:00Z', 'reference-call'), ev('2026-02-01T00:00:00Z', 'reference-call')];
    expect(canRequestReference(given, now)).to.deep.equal({
      allowed: false, reason: 'reference-cap', nextAt: at('2026-04-01T00:00:00Z'), referencesThisQuarter: 2, cap: 2,
    });
    expect(canRequestReference(given.slice(0, 1), now).allowed).to.equal(true);
    // Last quarter's calls do not count.
    expect(canRequestReference([ev('2025-12-30T00:00:00Z', 'reference-call'), ...given.slice(1)], now).allowed).to.equal(true);
  });

  it('a deep relationship allows a third call a quarter', () => {
    const now = at('2026-02-10T00:00:00Z');
    const given = [ev('2026-01-05T00:00:00Z', 'reference-call'), ev('2026-02-01T00:00:00Z', 'reference-call')];
    expect(canRequestReference(given, now, { deepRelationship: true })).to.include({ allowed: true, cap: 3 });
    expect(canRequestReference([...given, ev('2026-02-05T00:00:00Z', 'reference-call')], now, { deepRelationship: true }).allowed).to.equal(false);
  });

  it('no ask for 12 months after a no', () => {
    const h = [ev('2025-03-15T09:00:00Z', 'no')];
    expect(canRequestReference(h, at('2026-03-15T08:59:59Z'))).to.include({ allowed: false, reason: 'declined', nextAt: at('2026-03-15T09:00:00Z') });
    expect(canRequestReference(h, at('2026-03-15T09:00:00Z')).allowed).to.equal(true);
  });
});

describe('advocateFatigue', () => {
  const now = at('2026-06-01T00:00:00Z');
  it('two reference calls today are full capacity (100); load halves every 91 days', () => {
    expect(advocateFatigue([ev('2026-06-01T00:00:00Z', 'reference-call')], now).score).to.equal(50);
    expect(advocateFatigue([ev('2026-06-01T00:00:00Z', 'reference-call'), ev('2026-06-01T00:00:00Z', 'reference-call')], now).score).to.equal(100);
    const old = advocateFatigue([{ at: now - 91 * 86_400_000, type: 'reference-call' }], now);
    expect(old.load).to.be.closeTo(1, 1e-9);
    expect(old.score).to.equal(25);
    expect(old.formula).to.contain('0.5^(age in days / half-life)');
  });

  it('weights and capacity are the host’s to change; future events do not count', () => {
    expect(advocateFatigue([ev('2026-06-01T00:00:00Z', 'ask')], now, { weights: { ask: 4 } }).score).to.equal(100);
    expect(advocateFatigue([ev('2026-06-01T00:00:00Z', 'ask')], now, { capacity: 10 }).score).to.equal(10);
    expect(advocateFatigue([ev('2026-07-01T00:00:00Z', 'speaking')], now).score).to.equal(0);
  });
});

describe('championTier (Bronze / Silver / Gold)', () => {
  const now = at('2026-06-01T00:00:00Z');
  it('adds the default points and picks the tier', () => {
    const r = championTier([ev('2026-05-01T00:00:00Z', 'case-study'), ev('2026-05-02T00:00:00Z', 'reference-call'), ev('2026-05-03T00:00:00Z', 'social-share')], now);
    expect(r.points).to.equal(75);
    expect(r.tier).to.equal('bronze');
    expect(r.next).to.deep.equal({ tier: 'silver', needed: 25 });
    expect(championTier([], now)).to.deep.include({ points: 0, tier: null, next: { tier: 'bronze', needed: 25 } });
    const gold = championTier(Array.from({ length: 5 }, () => ev('2026-05-01T00:00:00Z', 'case-study')), now);
    expect(gold).to.deep.include({ points: 250, tier: 'gold', next: null });
  });

  it('counts only the last 12 months; points and tiers are configurable', () => {
    expect(championTier([ev('2025-05-31T00:00:00Z', 'case-study')], now).points).to.equal(0);
    expect(championTier([ev('2026-05-01T00:00:00Z', 'review')], now, { points: { review: 100 } }).tier).to.equal('silver');
    expect(() => championTier([], now, { tiers: { bronze: 300 } })).to.throw(InputError, 'must rise');
  });

  it('points from a polluted Object.prototype are ignored', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.review = 1000;
    try {
      expect(championTier([ev('2026-05-01T00:00:00Z', 'review')], now, { points: {} }).points).to.equal(15);
    } finally {
      delete proto.review;
    }
  });
});
