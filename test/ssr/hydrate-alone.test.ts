/**
 * A server renders with the package's main entry; a page may hydrate with one element's entry alone, which loads
 * what that element needs only sometimes on demand. A gauge the server drew in its error state must hydrate that
 * same box while the words of its problems load, then word them, with no error in the page.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';

describe('a server-rendered error state hydrates with the element’s own entry', () => {
  it('keeps the server’s box, words its problems and fires one error event', async () => {
    const problems: string[] = [];
    const onError = (e: ErrorEvent) => problems.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const events: string[] = [];
    document.addEventListener('gauge-error', (e) => events.push((e as CustomEvent<{ message: string }>).detail.message));
    const container = document.createElement('div');
    container.setHTMLUnsafe(await (await fetch('/__ssr__/benchmark-gauge-problem.html')).text());
    document.body.append(container);
    const gauge = container.querySelector<LitElement>('benchmark-gauge')!;
    const box = gauge.shadowRoot!.querySelector('[part="error"]')!;
    const sentence = 'value (11) is outside the scale 1–5.';
    expect(box.textContent).to.include(sentence);

    await import(new URL('/dist/components/benchmark-gauge/benchmark-gauge.js', location.href).href);
    await customElements.whenDefined('benchmark-gauge');
    await gauge.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    expect(problems).to.deep.equal([]);
    expect(box.isConnected, 'the box was re-rendered instead of hydrated').to.equal(true);
    expect(gauge.shadowRoot!.querySelector('[part="error"] li')!.textContent!.trim()).to.equal(sentence);
    expect(events).to.deep.equal([`The benchmark gauge cannot be shown: ${sentence}`]);
    container.remove();
  });
});
