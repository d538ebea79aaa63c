/**
 * No network: after a visitor uses every element through its full flow, the page has fetched nothing but
 * its own scripts, and no network API (fetch, XHR, beacon, WebSocket, EventSource) was called. The hooks
 * and a buffered PerformanceObserver are installed by the page's first script, before the kit loads.
 */
import { expect } from '@open-wc/testing';
import { runFixturePage, step, type DriverResult } from './helpers.js';

// `/__web-dev-server__web-socket.js` is injected into every HTML page by the test server itself, not by the kit.
const OWN_PATHS = /^\/(dist|test\/fixtures|node_modules|src)\/|^\/__web-dev-server__/;

describe('hardening: no network', () => {
  let result: DriverResult;
  let frame: HTMLIFrameElement;

  before(async function () {
    this.timeout(30000);
    ({ frame, result } = await runFixturePage('/test/fixtures/network.html'));
  });

  after(() => frame?.remove());

  it('completes every flow first (assessment + share + downloads, NPS with advocacy, badge explanation, charts)', () => {
    expect(result.failures, result.failures.join('\n')).to.deep.equal([]);
    expect(step(result, 'maturity-assessment', 'share')?.link).to.be.a('string').and.not.equal('');
    expect(result.downloads.map((d) => d.download)).to.have.members([
      'customer-marketing-5-result.json',
      'customer-marketing-5-result.csv',
    ]);
    for (const d of result.downloads) expect(d.href).to.match(/^blob:/);
    expect(step(result, 'nps-survey', 'submit')?.advocacy).to.be.an('array').that.is.not.empty;
    expect(step(result, 'health-badge', 'explanation')?.open).to.equal(true);
  });

  it('calls no network API', () => {
    expect(result.calls, JSON.stringify(result.calls)).to.deep.equal([]);
  });

  it('fetches only the page’s own scripts, from its own origin', () => {
    const all = [...result.resources, ...result.observedResources];
    expect(all.length, 'the observer saw the page load its scripts').to.be.greaterThan(0);
    const foreign = all.filter((r) => {
      const url = new URL(r.name);
      return url.origin !== location.origin || !OWN_PATHS.test(url.pathname);
    });
    expect(foreign, JSON.stringify(foreign)).to.deep.equal([]);
    const names = all.map((r) => new URL(r.name).pathname);
    expect(names).to.include('/dist/cdn/advocacy-kit.js');
  });
});
