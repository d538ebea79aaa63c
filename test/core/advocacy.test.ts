import { expect } from '@open-wc/testing';
import { parseAskHistory, permissionTiers, shouldAsk, type AskRecord } from '../../src/core/index.js';

const at = (iso: string) => Date.parse(iso);

describe('permissionTiers (seed 004)', () => {
  it('lists the five tiers with visibility and the ask, verbatim', () => {
    expect(permissionTiers.map((t) => [t.id, t.visibility, t.ask])).to.deep.equal([
      ['reference', 'private', 'Will you take a 30-min prospect call?'],
      ['case-study', 'public', 'Will you let us write about your success?'],
      ['speaking', 'public', 'Will you speak at our event?'],
      ['co-marketing', 'public', 'Will you co-author / co-host with us?'],
      ['community', 'peer', 'Will you participate in customer Slack / forum?'],
    ]);
    expect(permissionTiers.map((t) => t.label)).to.deep.equal(['Reference', 'Case study', 'Speaking', 'Co-marketing', 'Community']);
    expect(Object.isFrozen(permissionTiers)).to.equal(true);
  });
});

describe('shouldAsk', () => {
  it('asks when there is no history', () => {
    expect(shouldAsk([], at('2025-06-01T00:00:00Z'))).to.deep.equal({ ask: true, reason: 'ok', nextAskAt: null });
  });

  it('ask once, respect forever: no ask for 12 calendar months after a decline', () => {
    const history: AskRecord[] = [{ at: at('2025-01-31T10:00:00Z'), outcome: 'declined' }];
    expect(shouldAsk(history, at('2025-06-01T00:00:00Z'))).to.deep.equal({
      ask: false,
      reason: 'declined',
      nextAskAt: at('2026-01-31T10:00:00Z'),
    });
    expect(shouldAsk(history, at('2026-01-31T09:59:59Z')).reason).to.equal('declined');
    expect(shouldAsk(history, at('2026-01-31T10:00:00Z'))).to.deep.equal({ ask: true, reason: 'ok', nextAskAt: null });
  });

  it('a decline on 29 February is respected until 28 February the next year', () => {
    const history: AskRecord[] = [{ at: at('2024-02-29T12:00:00Z'), outcome: 'declined' }];
    expect(shouldAsk(history, at('2024-03-01T00:00:00Z')).nextAskAt).to.equal(at('2025-02-28T12:00:00Z'));
  });

  it('the latest decline counts, even after an acceptance', () => {
    const history: AskRecord[] = [
      { at: at('2024-03-01T00:00:00Z'), outcome: 'declined' },
      { at: at('2025-04-01T00:00:00Z'), outcome: 'accepted' },
      { at: at('2025-05-01T00:00:00Z'), outcome: 'declined' },
    ];
    expect(shouldAsk(history, at('2025-12-01T00:00:00Z'))).to.include({ reason: 'declined', nextAskAt: at('2026-05-01T00:00:00Z') });
  });

  it('at most two asks per calendar quarter (UTC), whatever the outcome', () => {
    const history: AskRecord[] = [
      { at: at('2025-04-02T00:00:00Z'), outcome: 'dismissed' },
      { at: at('2025-05-05T00:00:00Z'), outcome: 'accepted' },
    ];
    expect(shouldAsk(history.slice(0, 1), at('2025-06-30T00:00:00Z')).ask).to.equal(true);
    expect(shouldAsk(history, at('2025-06-30T23:59:59Z'))).to.deep.equal({
      ask: false,
      reason: 'fatigue',
      nextAskAt: at('2025-07-01T00:00:00Z'),
    });
    expect(shouldAsk(history, at('2025-07-01T00:00:00Z')).ask).to.equal(true);
  });

  it('asks late in the previous quarter do not count against this one', () => {
    const history: AskRecord[] = [
      { at: at('2025-03-30T00:00:00Z'), outcome: 'dismissed' },
      { at: at('2025-03-31T23:59:59Z'), outcome: 'dismissed' },
    ];
    expect(shouldAsk(history, at('2025-04-01T00:00:00Z')).ask).to.equal(true);
    expect(shouldAsk(history, at('2025-03-31T23:59:59Z')).reason).to.equal('fatigue');
  });

  it('ignores junk records and rejects an invalid clock', () => {
    const junk = [null, { at: 'x', outcome: 'declined' }] as unknown as AskRecord[];
    expect(shouldAsk(junk, at('2025-01-01T00:00:00Z')).ask).to.equal(true);
    expect(() => shouldAsk([], NaN)).to.throw(/finite time/);
  });
});

describe('parseAskHistory', () => {
  it('keeps valid records oldest first and drops junk', () => {
    const throwing = Object.defineProperty({}, 'at', {
      get() {
        throw new Error('boom');
      },
    });
    const input = [
      { at: 20, outcome: 'declined', extra: true },
      null,
      1,
      'x',
      { at: 'soon', outcome: 'accepted' },
      { at: 5, outcome: 'maybe' },
      { at: NaN, outcome: 'accepted' },
      { at: Infinity, outcome: 'accepted' },
      throwing,
      { at: 10, outcome: 'dismissed' },
    ];
    expect(parseAskHistory(input)).to.deep.equal([
      { at: 10, outcome: 'dismissed' },
      { at: 20, outcome: 'declined' },
    ]);
  });

  it('returns an empty history for anything that is not an array', () => {
    for (const junk of [null, undefined, '[]', 42, {}, { length: 2, 0: { at: 1, outcome: 'accepted' } }]) {
      expect(parseAskHistory(junk)).to.deep.equal([]);
    }
  });

  it('keeps only the latest 100 records so corrupt storage cannot grow without bound', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ at: i, outcome: 'dismissed' }));
    const kept = parseAskHistory(many);
    expect(kept).to.have.length(100);
    expect(kept[0].at).to.equal(150);
  });
});
