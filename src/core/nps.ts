import { scaleThreshold } from 'd3-scale';
import { describeValue } from './describe.js';
import { round1 } from './round.js';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface NpsSummary {
  /** %promoters − %detractors, −100…100, one decimal; null for no responses. */
  nps: number | null;
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  pctPromoters: number | null;
  pctPassives: number | null;
  pctDetractors: number | null;
  /** Half-width of the 95 % confidence interval in NPS points, one decimal; null for no responses. */
  marginOfError95: number | null;
}

/** A whole number from 0 to 10. */
export function isNpsScore(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10;
}

function assertScore(x: unknown): asserts x is number {
  if (!isNpsScore(x)) {
    throw new Error(`Invalid NPS score ${describeValue(x)}: expected a whole number from 0 to 10.`);
  }
}

/** 0–6 detractor, 7–8 passive, 9–10 promoter. */
const categoryOf = scaleThreshold<number, NpsCategory>().domain([7, 9]).range(['detractor', 'passive', 'promoter']);

export function npsCategory(score: number): NpsCategory {
  assertScore(score);
  return categoryOf(score);
}

export function summarizeNps(scores: Iterable<number>): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    const c = npsCategory(s);
    if (c === 'promoter') promoters++;
    else if (c === 'passive') passives++;
    else detractors++;
  }
  const total = promoters + passives + detractors;
  if (total === 0) {
    return {
      nps: null, total, promoters, passives, detractors,
      pctPromoters: null, pctPassives: null, pctDetractors: null, marginOfError95: null,
    };
  }
  const pP = promoters / total;
  const pD = detractors / total;
  const variance = Math.max(0, pP + pD - (pP - pD) ** 2);
  return {
    nps: round1((pP - pD) * 100),
    total,
    promoters,
    passives,
    detractors,
    pctPromoters: round1(pP * 100),
    pctPassives: round1((passives / total) * 100),
    pctDetractors: round1(pD * 100),
    marginOfError95: round1(1.96 * Math.sqrt(variance / total) * 100),
  };
}
