// Reading and driving a <maturity-assessment> the way a visitor does, shared by its test files.
import { sendKeys } from '@web/test-runner-commands';
import type { MaturityAssessment } from '../../src/components/maturity-assessment/maturity-assessment.js';

export function root(el: MaturityAssessment): ShadowRoot {
  return el.shadowRoot!;
}

export function active(el: MaturityAssessment): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** Text as a visitor reads it: whitespace collapsed. */
export function text(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(el: MaturityAssessment): string {
  return text(root(el).querySelector('#heading')!);
}

/** The button whose text is `label` (or matches it); throws, naming the current view, when there is none. */
export function button(el: MaturityAssessment, label: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
  if (!found) throw new Error(`No button "${label}" in view "${heading(el)}"`);
  return found;
}

export async function press(el: MaturityAssessment, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Presses Tab until the focused element inside `el` matches, failing after `max` presses. */
export async function tabTo(el: MaturityAssessment, match: (a: HTMLElement) => boolean, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    const a = active(el);
    if (a && match(a)) return;
  }
  throw new Error(`Tab never reached the expected control (at "${text(active(el) ?? document.body)}")`);
}

/** Answers every step with pointer clicks (for tests that are not about the keyboard). */
export async function answerByClick(el: MaturityAssessment, scores: number[]): Promise<void> {
  for (const score of scores) {
    root(el).querySelector<HTMLElement>(`[role="radio"][data-score="${score}"]`)!.click();
    await el.updateComplete;
    button(el, /^(Next|Review answers)$/).click();
    await el.updateComplete;
  }
}
