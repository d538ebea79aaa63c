import { fixture, html, expect, elementUpdated } from '@open-wc/testing';
import '../../src/components/health-badge/health-badge.js';
import '../../src/translations/de.js';
import type { HealthBadge } from '../../src/components/health-badge/health-badge.js';
import { defaultHealthConfig, scoreHealth, type HealthConfig, type HealthRow, type LogisticHealthModel } from '../../src/core/index.js';
import type { HealthErrorEvent } from '../../src/events/health-error.js';
import { warehouseRows } from '../fixtures/warehouse-rows.js';

const trigger = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const popover = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="explanation"]');
const errorOf = (el: HealthBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const visibleText = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

const configOf = (model: LogisticHealthModel | null): HealthConfig =>
  model ? { ...defaultHealthConfig, model: { ...model, coefficients: { ...model.coefficients } } } : defaultHealthConfig;
/** A mutable copy of a recorded row, as a warehouse client would hand it over. */
const rowOf = (i: number): Record<string, unknown> => {
  const { row } = warehouseRows[i];
  return { ...row, health_missing: [...row.health_missing] };
};

async function opened(el: HealthBadge): Promise<string> {
  trigger(el).click();
  await elementUpdated(el);
  return visibleText(popover(el)!);
}

// The rows were scored by DuckDB from healthScoreSql's SQL (scripts/warehouse-fixture.mjs); the badge shows them
// as given, and must say exactly what it says when it scores the same signals itself.
describe('health-badge fed a warehouse row', function () {
  this.timeout(30000);

  warehouseRows.forEach(({ name, model, signals }, i) => {
    it(`shows the same badge and explanation as for the signals: ${name}`, async () => {
      const config = configOf(model as LogisticHealthModel | null);
      const wrap = await fixture<HTMLElement>(html`<div>
        <health-badge label="Acme" .signals=${signals} .config=${config}></health-badge>
        <health-badge label="Acme" .row=${rowOf(i)} .config=${config}></health-badge>
      </div>`);
      const [computed, given] = [...wrap.querySelectorAll('health-badge')];
      await elementUpdated(given);
      expect(errorOf(given)).to.be.null;
      expect(visibleText(trigger(given))).to.equal(visibleText(trigger(computed)));
      expect(trigger(given).getAttribute('aria-label')).to.equal(trigger(computed).getAttribute('aria-label'));
      expect(trigger(given).className).to.equal(trigger(computed).className);
      const expected = await opened(computed);
      expect(await opened(given)).to.equal(expected);
      expect(expected).to.contain('Signal Value Points Contribution');

      const js = scoreHealth(signals, config);
      const result = given.result!;
      expect(result.score).to.equal(js.score);
      expect(result.band).to.equal(js.band);
      expect(result.missing).to.deep.equal(js.missing);
      expect(result.contributions.map((c) => c.id)).to.deep.equal(js.contributions.map((c) => c.id));
      result.contributions.forEach((c, k) => {
        expect(c.label).to.equal(js.contributions[k].label);
        expect(c.points).to.be.closeTo(js.contributions[k].points, 1e-9);
        expect(c.contribution).to.be.closeTo(js.contributions[k].contribution, 1e-9);
      });
      await expect(given).to.be.accessible();
    });
  });

  it('shows the row as given instead of recomputing it', async () => {
    const row = rowOf(0);
    row.health_score = 49.9;
    row.health_band = 'red';
    row.dau_mau_contribution = 1.2;
    const el = await fixture<HealthBadge>(html`<health-badge .row=${row}></health-badge>`);
    expect(visibleText(trigger(el))).to.equal('49.9 Critical');
    expect(await opened(el)).to.contain('DAU/MAU ratio 0.3 30 1.2');
  });

  it('signals take precedence over a row', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .row=${rowOf(1)} .signals=${warehouseRows[0].signals}></health-badge>`);
    expect(visibleText(trigger(el))).to.equal(`${scoreHealth(warehouseRows[0].signals).score} At risk`);
  });

  const bad: [string, (row: Record<string, unknown>) => unknown, string][] = [
    ['a score of 150', (r) => ((r.health_score = 150), r), 'row.health_score'],
    ['a band that does not match the score', (r) => ((r.health_band = 'green'), r), 'row.health_band'],
    ['a missing list that is a string', (r) => ((r.health_missing = 'seat_utilization'), r), 'row.health_missing'],
    ['a missing signal the config does not know', (r) => ((r.health_missing = ['seat_utilization', 'churn']), r), 'row.health_missing'],
    ['a value for a signal listed as missing', (r) => ((r.seat_utilization = 0.5), r), 'row.seat_utilization'],
    ['a present signal without points', (r) => (delete r.nps_points, r), 'row.nps_points'],
    ['a signal with no value that is not listed missing', (r) => ((r.dau_mau = null), r), 'row.dau_mau'],
    ['a "<script>" string as a value', (r) => ((r.nps = '<script>alert(1)</script>'), r), 'row.nps'],
    ['an array instead of a row', () => [1, 2], 'row'],
    [
      'a row whose getter throws',
      (r) =>
        Object.defineProperty(r, 'health_score', {
          get() {
            throw new Error('boom');
          },
        }),
      'row',
    ],
  ];
  for (const [what, spoil, path] of bad) {
    it(`${what} shows an alert and fires health-error`, async () => {
      const errors: HealthErrorEvent[] = [];
      const el = await fixture<HealthBadge>(html`<health-badge score="70" @health-error=${(e: HealthErrorEvent) => errors.push(e)}></health-badge>`);
      el.row = spoil(rowOf(0)) as HealthRow;
      await elementUpdated(el);
      const alert = errorOf(el)!;
      expect(alert).to.exist;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.issues.map((x) => x.path)).to.include(path);
      expect(alert.textContent).to.contain(errors[0].detail.message);
      expect(el.result).to.be.null;
      await expect(el).to.be.accessible();
    });
  }

  it('says what is wrong with a row in the page’s language', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge lang="de"></health-badge>`);
    el.row = { ...rowOf(0), health_score: 150 };
    await elementUpdated(el);
    expect(errorOf(el)!.textContent).to.contain('Ungültige Health-Zeile:');
    expect(errorOf(el)!.textContent).not.to.contain('Invalid health row');
  });

  it('a row from another config is caught by the config check, and a fixed row recovers', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .row=${rowOf(3)}></health-badge>`);
    // Row 3 was scored by the churn model: under the default config its score and band still agree, so it shows;
    // under bands that put its score elsewhere it is an error.
    expect(errorOf(el)).to.be.null;
    el.config = { ...defaultHealthConfig, bands: { green: 95, amber: 90 } };
    await elementUpdated(el);
    expect(errorOf(el)).to.exist;
    el.config = configOf(warehouseRows[3].model as LogisticHealthModel);
    await elementUpdated(el);
    expect(errorOf(el)).to.be.null;
  });
});
