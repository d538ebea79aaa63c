import { html, nothing, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../src/index.js';
import {
  advocateCandidacy,
  defaultHealthConfig,
  evaluateAccount,
  expansionPropensity,
  healthBand,
  scoreHealth,
  scoreHealthBatch,
  summarizeNps,
  type Decision,
} from '../src/core/index.js';
import { generateAccounts, generateNpsResponses, programSignals, toColumns, type Account, type ProgramSignals } from './accounts.js';

type Band = 'green' | 'amber' | 'red' | 'unknown';
type SortKey = 'name' | 'segment' | 'arr' | 'score' | 'change';
type SortDir = 'ascending' | 'descending';

interface Row extends Account {
  score: number | null;
  previous: number | null;
  band: Band;
  program: ProgramSignals;
  /** Seed 003's decision rules and early warnings for the account. */
  decision: Decision;
  expansion: number | null;
  /** Seed 004's advocate candidacy. */
  candidate: boolean;
}

type Focus = 'all' | 'warnings' | 'expansion' | 'advocates';
const FOCUS_LABELS: Record<Focus, string> = {
  all: 'All accounts',
  warnings: 'With early warnings',
  expansion: 'Expansion-ready (propensity > 70)',
  advocates: 'Advocate candidates',
};
const WARNING_WORDS: Record<string, string> = {
  'usage-drop': 'Usage drop',
  'ticket-rise': 'Ticket rise',
  'nps-drop': 'NPS drop',
  'billing-dispute': 'Billing dispute',
};

const BAND_LABELS: Record<Band, string> = { green: 'Healthy', amber: 'At risk', red: 'Critical', unknown: 'No data' };
const ACCOUNT_COUNT = 1000;

const accounts = generateAccounts(ACCOUNT_COUNT);
// One batch pass scores the whole book (the same numbers scoreHealth gives row by row); the badges
// re-score their own account from `.signals` so each can explain its score.
const scores = scoreHealthBatch(toColumns(accounts, 'signals'));
const previousScores = scoreHealthBatch(toColumns(accounts, 'previousSignals'));
const bandOf = (score: number | null): Band => (score === null ? 'unknown' : healthBand(score));
const rows: Row[] = accounts.map((a, i) => {
  const score = Number.isNaN(scores[i]) ? null : scores[i]!;
  const previous = Number.isNaN(previousScores[i]) ? null : previousScores[i]!;
  const program = programSignals(a, i, score);
  const expansion = expansionPropensity(program.expansion).score;
  const decision = evaluateAccount({ ...program.account, health: score, expansion });
  return { ...a, score, previous, band: bandOf(score), program, decision, expansion, candidate: advocateCandidacy(program.advocate).candidate };
});
const focusOf: Record<Focus, (r: Row) => boolean> = {
  all: () => true,
  warnings: (r) => r.decision.warnings.length > 0,
  expansion: (r) => r.expansion !== null && r.expansion > r.decision.thresholds.expansionPlaybookAbove,
  advocates: (r) => r.candidate,
};

const nps = summarizeNps(generateNpsResponses(accounts));

const signalAxes = defaultHealthConfig.signals.map((s) => ({ id: s.id, label: s.label }));
/** 0–100 points per signal id for the radar; a missing signal is left out, so it shows as a gap. */
function signalPoints(signals: Account['signals']): Record<string, number> {
  const points: Record<string, number> = {};
  for (const c of scoreHealth(signals).contributions) points[c.id] = Math.round(c.points * 10) / 10;
  return points;
}
const bookAverage: Record<string, number> = {};
for (const { id } of signalAxes) {
  let sum = 0;
  let n = 0;
  for (const r of rows) {
    const p = signalPoints(r.signals)[id];
    if (p !== undefined) {
      sum += p;
      n++;
    }
  }
  if (n > 0) bookAverage[id] = Math.round((sum / n) * 10) / 10;
}

const state = {
  sortKey: 'score' as SortKey,
  sortDir: 'ascending' as SortDir,
  band: 'all' as Band | 'all',
  focus: 'all' as Focus,
  selectedId: rows[0]!.id,
};

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-US');

function change(r: Row): number | null {
  return r.score === null || r.previous === null ? null : Math.round((r.score - r.previous) * 10) / 10;
}

/** Compares two rows on the current key; unknown values always sort last, whatever the direction. */
function compare(a: Row, b: Row): number {
  const dir = state.sortDir === 'ascending' ? 1 : -1;
  const value = (r: Row): string | number | null => {
    switch (state.sortKey) {
      case 'name':
        return r.name;
      case 'segment':
        return ['Startup', 'Growth', 'Scale', 'Enterprise'].indexOf(r.segment);
      case 'arr':
        return r.arr;
      case 'score':
        return r.score;
      case 'change':
        return change(r);
    }
  };
  const va = value(a);
  const vb = value(b);
  if (va === null || vb === null) return va === vb ? a.id.localeCompare(b.id) : va === null ? 1 : -1;
  const c = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number);
  return c === 0 ? a.id.localeCompare(b.id) : c * dir;
}

function sortBy(key: SortKey) {
  if (state.sortKey === key) state.sortDir = state.sortDir === 'ascending' ? 'descending' : 'ascending';
  else {
    state.sortKey = key;
    state.sortDir = key === 'name' || key === 'segment' ? 'ascending' : 'descending';
  }
  update();
}

function header(key: SortKey, label: string, numeric = false) {
  const sorted = state.sortKey === key;
  return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sorted ? state.sortDir : 'none'}>
    <button type="button" class="sort" @click=${() => sortBy(key)}>
      ${label}<span aria-hidden="true" class="arrow">${sorted ? (state.sortDir === 'ascending' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

function formatChange(r: Row) {
  const c = change(r);
  if (c === null) return html`<span class="muted">—</span>`;
  return html`<span class=${c > 0 ? 'up' : c < 0 ? 'down' : ''}>${c > 0 ? '+' : c < 0 ? '−' : '±'}${Math.abs(c).toFixed(1)}</span>`;
}

function bandCounts() {
  const counts: Record<Band, number> = { green: 0, amber: 0, red: 0, unknown: 0 };
  for (const r of rows) counts[r.band]++;
  return counts;
}
const counts = bandCounts();

function selected(): Row {
  return rows.find((r) => r.id === state.selectedId) ?? rows[0]!;
}

function detail() {
  const r = selected();
  const missing = scoreHealth(r.signals).missing;
  const labels = new Map(defaultHealthConfig.signals.map((s) => [s.id, s.label]));
  return html`
    <h2 id="detail-heading">${r.name}</h2>
    <p class="muted">${r.segment} · ${money.format(r.arr)} ARR · ${r.id}</p>
    <health-badge size="large" label=${r.name} .signals=${r.signals} .decision=${r.decision} previous=${r.previous ?? nothing}></health-badge>
    <score-radar
      class="radar"
      label=${`Health signals of ${r.name}`}
      min="0"
      max="100"
      levels="5"
      .axes=${signalAxes}
      .series=${[
        { label: r.name, values: signalPoints(r.signals) },
        { label: 'Book average', values: bookAverage },
      ]}
    ></score-radar>
    <p class="muted">Points per signal on 0–100, against the average of the book.</p>
    ${missing.length
      ? html`<p>Missing data: ${missing.map((id) => labels.get(id) ?? id).join(', ')} (a gap in the chart, left out of the score).</p>`
      : nothing}
  `;
}

function view() {
  const visible = rows.filter((r) => (state.band === 'all' || r.band === state.band) && focusOf[state.focus](r)).sort(compare);
  return html`
    <section class="summary" aria-label="Book summary">
      ${(['green', 'amber', 'red', 'unknown'] as const).map(
        (b) => html`<div class="card band-${b}"><span class="big">${count.format(counts[b])}</span> ${BAND_LABELS[b]}</div>`,
      )}
      <div class="card nps" aria-labelledby="nps-heading">
        <h2 id="nps-heading">Net Promoter Score</h2>
        <p>
          <span class="big">${nps.nps === null ? '—' : nps.nps.toFixed(1)}</span>
          ${nps.marginOfError95 === null ? nothing : html` ± ${nps.marginOfError95.toFixed(1)} <span class="muted">(95 % margin of error)</span>`}
        </p>
        <p class="muted">
          ${count.format(nps.total)} responses: ${count.format(nps.promoters)} promoters, ${count.format(nps.passives)} passives,
          ${count.format(nps.detractors)} detractors
        </p>
      </div>
    </section>
    <div class="layout">
      <section aria-labelledby="accounts-heading">
        <div class="toolbar">
          <h2 id="accounts-heading">Accounts</h2>
          <label
            >Show
            <select
              id="band-filter"
              @change=${(e: Event) => {
                state.band = (e.target as HTMLSelectElement).value as Band | 'all';
                update();
              }}
            >
              <option value="all" ?selected=${state.band === 'all'}>All bands</option>
              ${(['green', 'amber', 'red', 'unknown'] as const).map(
                (b) => html`<option value=${b} ?selected=${state.band === b}>${BAND_LABELS[b]}</option>`,
              )}
            </select>
          </label>
          <label
            >and
            <select
              id="focus-filter"
              @change=${(e: Event) => {
                state.focus = (e.target as HTMLSelectElement).value as Focus;
                update();
              }}
            >
              ${(Object.keys(FOCUS_LABELS) as Focus[]).map(
                (f) => html`<option value=${f} ?selected=${state.focus === f}>${FOCUS_LABELS[f]}</option>`,
              )}
            </select>
          </label>
          <p role="status" class="muted">Showing ${count.format(visible.length)} of ${count.format(rows.length)} accounts</p>
        </div>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">
              Accounts with health score; column headers sort the table
            </caption>
            <thead>
              <tr>
                ${header('name', 'Account')} ${header('segment', 'Segment')} ${header('arr', 'ARR', true)}
                ${header('score', 'Health')} ${header('change', 'Change', true)}
                <th scope="col">Early warnings</th>
                <th scope="col" class="num">Expansion</th>
                <th scope="col">Advocate</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                visible,
                (r) => r.id,
                (r) => html`<tr class=${r.id === state.selectedId ? 'selected' : ''} data-account=${r.id}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      aria-pressed=${r.id === state.selectedId ? 'true' : 'false'}
                      @click=${() => {
                        state.selectedId = r.id;
                        update();
                      }}
                    >
                      ${r.name}
                    </button>
                  </th>
                  <td>${r.segment}</td>
                  <td class="num">${money.format(r.arr)}</td>
                  <td>
                    <health-badge
                      size="small"
                      label=${r.name}
                      .signals=${r.signals}
                      .decision=${r.decision}
                      previous=${r.previous ?? nothing}
                    ></health-badge>
                  </td>
                  <td class="num">${formatChange(r)}</td>
                  <td>
                    ${r.decision.warnings.length
                      ? r.decision.warnings.map((w) => WARNING_WORDS[w.id]).join(', ')
                      : html`<span class="muted">—</span>`}
                  </td>
                  <td class="num">${r.expansion === null ? html`<span class="muted">—</span>` : r.expansion.toFixed(0)}${focusOf.expansion(r)
                      ? html` <strong>ready</strong>`
                      : nothing}</td>
                  <td>${r.candidate ? 'Candidate' : html`<span class="muted">—</span>`}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
      <aside class="detail" aria-labelledby="detail-heading">${detail()}</aside>
    </div>
  `;
}

const root = document.getElementById('portal')!;
// lit's render() appends beside existing children, so the "Loading" placeholder goes first.
root.replaceChildren();
function update() {
  render(view(), root);
}
update();
