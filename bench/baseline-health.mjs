// A hand-written loop computing defaultHealthConfig's weighted mean directly over Float64Array columns,
// row by row with the constants inlined: the speed the core's scoreHealthBatch is measured against.
// Its arithmetic follows the core's operation for operation (same erfc fit, same half-up rounding), so
// both must give the same numbers; the bench checks that before timing.

function erfc(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
        t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

const K_DAU = 100 / (1 - 0);
const K_SEAT = 100 / (1 - 0);
const K_CSM = 100 / (10 - 1);
const K_MRR = 100 / (0.2 - -0.2);
const TOTAL = 25 + 15 + 15 + 5 + 20 + 10 + 10;

/** Scores every row; NaN where less than half the weight is present. */
export function baselineHealth(c) {
  const dau = c.dau_mau, seat = c.seat_utilization, reopen = c.ticket_reopen_rate, csm = c.csm_sentiment;
  const nps = c.nps, overdue = c.payment_overdue_days, mrr = c.mrr_trend;
  const n = dau.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let w = 0;
    let v = dau[i];
    if (v === v) {
      let p = (v - 0) * K_DAU;
      p = p < 0 ? 0 : p > 100 ? 100 : p;
      sum += 25 * p;
      w += 25;
    }
    v = seat[i];
    if (v === v) {
      let p = (v - 0) * K_SEAT;
      p = p < 0 ? 0 : p > 100 ? 100 : p;
      sum += 15 * p;
      w += 15;
    }
    v = reopen[i];
    if (v === v) {
      sum += 15 * ((1 - (v < 0 ? 0 : v > 1 ? 1 : v)) * 100);
      w += 15;
    }
    v = csm[i];
    if (v === v) {
      let p = (v - 1) * K_CSM;
      p = p < 0 ? 0 : p > 100 ? 100 : p;
      sum += 5 * p;
      w += 5;
    }
    v = nps[i];
    if (v === v) {
      sum += 20 * (0.5 * erfc(-((v - 30) / 28.6) / Math.SQRT2) * 100);
      w += 20;
    }
    v = overdue[i];
    if (v === v) {
      sum += 10 * (v <= 15 ? 100 : 100 * Math.pow(0.5, (v - 15) / 15));
      w += 10;
    }
    v = mrr[i];
    if (v === v) {
      let p = (v - -0.2) * K_MRR;
      p = p < 0 ? 0 : p > 100 ? 100 : p;
      sum += 10 * p;
      w += 10;
    }
    if (w > 0 && w / TOTAL >= 0.5) {
      const y = (sum / w) * 10;
      const r = Math.round(y + Math.abs(y) * 1e-12) / 10;
      out[i] = r === 0 ? 0 : r;
    } else {
      out[i] = NaN;
    }
  }
  return out;
}
