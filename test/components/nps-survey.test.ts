import { fixture, html, expect, elementUpdated } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, resetMouse } from '@web/test-runner-commands';
import { emulateMedia, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/nps-survey/nps-survey.js';
import { askHistoryKey, surveyedKey, type NpsSurvey } from '../../src/components/nps-survey/nps-survey.js';
import { permissionTiers } from '../../src/core/index.js';
import type { NpsSubmitEvent } from '../../src/events/nps-submit.js';
import type { NpsSelectEvent } from '../../src/events/nps-select.js';
import type { NpsDismissEvent } from '../../src/events/nps-dismiss.js';
import type { NpsErrorEvent } from '../../src/events/nps-error.js';
import { clickCentre, mount, unmountAll } from './mount.js';

const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

const $ = <T extends Element = HTMLElement>(el: NpsSurvey, sel: string) => el.shadowRoot!.querySelector<T>(sel as string);
const radios = (el: NpsSurvey) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
const checked = (el: NpsSurvey) => radios(el).filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => Number(r.dataset.score));
const focused = (el: NpsSurvey) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (node: Element | null) => (node as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';


async function choose(el: NpsSurvey, score: number): Promise<void> {
  await clickCentre(radios(el)[score]);
  await elementUpdated(el);
}

async function typeComment(el: NpsSurvey, comment: string): Promise<void> {
  $(el, 'textarea')!.focus();
  await sendKeys({ type: comment });
}

async function submit(el: NpsSurvey): Promise<NpsSubmitEvent> {
  let event: NpsSubmitEvent | undefined;
  el.addEventListener('nps-submit', (e) => (event = e), { once: true });
  await clickCentre($(el, '[part="submit"]')!);
  await elementUpdated(el);
  expect(event, 'nps-submit fired').to.exist;
  return event!;
}

let respondentCounter = 0;
const usedKeys: string[] = [];
/** A respondent id unique to this test run, so other test files sharing the origin's storage are untouched. */
function freshRespondent(): string {
  const id = `test-${Date.now()}-${respondentCounter++}`;
  usedKeys.push(askHistoryKey(id), surveyedKey(id));
  return id;
}

/** A survey with the resurvey throttle off, so the advocacy-ask rules can be tested across visits on their own. */
async function survey(now: number, respondentId: string | null, attrs: { advocacy?: boolean } = { advocacy: true }) {
  const el = await fixture<NpsSurvey>(
    html`<nps-survey survey-id="q1" resurvey-days="0" respondent-id=${respondentId ?? ''} ?advocacy=${attrs.advocacy} .now=${() => now}></nps-survey>`,
  );
  if (!respondentId) el.removeAttribute('respondent-id');
  await elementUpdated(el);
  return el;
}

describe('nps-survey', function () {
  // The CI machine is small and shared; keyboard, pointer and axe round-trips can be slow under load.
  this.timeout(30000);

  afterEach(async () => {
    unmountAll();
    await resetMouse();
    await emulateMedia({ colorScheme: 'light' });
    for (const k of usedKeys.splice(0)) localStorage.removeItem(k);
  });

  describe('question and scale', () => {
    it('asks the default question as a labelled radio group of 11 options', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
      const group = $(el, '[role="radiogroup"]')!;
      const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('How likely are you to recommend us to a friend or colleague?');
      expect(radios(el).map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '0, Not likely', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10, Very likely',
      ]);
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
      expect(text($(el, '.ends'))).to.equal('Not likely Very likely');
      expect($(el, 'textarea')).to.be.null;
    });

    it('uses product and a custom question', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey product="Acme Cloud"></nps-survey>`);
      expect(text($(el, '#question'))).to.equal('How likely are you to recommend Acme Cloud to a friend or colleague?');
      el.question = 'Would you recommend {product} to a peer?';
      await elementUpdated(el);
      expect(text($(el, '#question'))).to.equal('Would you recommend Acme Cloud to a peer?');
    });

    it('has 44px targets', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
      for (const r of radios(el)) {
        const box = r.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
      const close = $(el, '[part="dismiss"]')!.getBoundingClientRect();
      expect(close.width).to.be.at.least(44);
      expect(close.height).to.be.at.least(44);
    });
  });

  describe('keyboard', () => {
    it('arrows move and select, Home/End jump, Space selects, Tab leaves the group', async () => {
      const selects: number[] = [];
      const wrap = await mount<HTMLElement>(html`<div>
        <button id="before">before</button>
        <nps-survey @nps-select=${(e: NpsSelectEvent) => selects.push(e.detail.score)}></nps-survey>
      </div>`);
      const el = wrap.querySelector('nps-survey')!;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radios(el)[0]);
      expect(checked(el)).to.deep.equal([]);

      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([0]);

      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([1]);
      expect(focused(el)).to.equal(radios(el)[1]);
      expect(el.value).to.equal(1);
      expect(el.getAttribute('value')).to.equal('1');

      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([10]);
      expect(focused(el)).to.equal(radios(el)[10]);

      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([0]);

      await sendKeys({ press: 'ArrowLeft' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([10]);

      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      await sendKeys({ press: 'ArrowUp' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal([10]);
      expect(radios(el).map((r) => r.tabIndex).filter((t) => t === 0)).to.have.length(1);
      expect(radios(el)[10].tabIndex).to.equal(0);

      expect(selects).to.deep.equal([0, 1, 10, 0, 10, 0, 10]);

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, 'textarea'));
    });

    it('completes a promoter response by keyboard alone', async () => {
      const respondent = freshRespondent();
      const wrap = await mount<HTMLElement>(html`<div>
        <button id="before">before</button>
        <nps-survey survey-id="s-kb" respondent-id=${respondent} advocacy .now=${() => T0}></nps-survey>
      </div>`);
      const el = wrap.querySelector('nps-survey')!;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      let submitted: NpsSubmitEvent | undefined;
      el.addEventListener('nps-submit', (e) => (submitted = e));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'The API' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.getAttribute('value')).to.equal('reference');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.getAttribute('value')).to.equal('community');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      const iso = new Date(T0).toISOString();
      expect(submitted!.detail).to.deep.equal({
        score: 10,
        category: 'promoter',
        comment: 'The API',
        surveyId: 's-kb',
        respondentId: respondent,
        submittedAt: iso,
        advocacy: { tiers: ['reference', 'community'], consentedAt: iso },
      });
      expect(focused(el)).to.equal($(el, '[role="status"]'));
    });
  });

  describe('responses by pointer', () => {
    it('promoter: exact submit detail and a thank-you status', async () => {
      const el = await survey(T0, 'r-42', { advocacy: false });
      await choose(el, 9);
      expect(text($(el, 'label[for="comment"]'))).to.contain('What do you like most?');
      expect($(el, 'fieldset')).to.be.null;
      await typeComment(el, 'Great support');
      const e = await submit(el);
      expect(e.detail).to.deep.equal({
        score: 9,
        category: 'promoter',
        comment: 'Great support',
        surveyId: 'q1',
        respondentId: 'r-42',
        submittedAt: '2026-01-05T10:00:00.000Z',
        advocacy: null,
      });
      expect(e.bubbles && e.composed).to.be.true;
      expect(text($(el, '[role="status"]'))).to.contain('Thank you for your feedback!');
      expect($(el, '[role="radiogroup"]')).to.be.null;
    });

    it('passive: asks what would make it a 10', async () => {
      const selects: NpsSelectEvent[] = [];
      const el = await survey(T0 + 1000, null);
      el.addEventListener('nps-select', (e) => selects.push(e));
      await choose(el, 8);
      expect(selects.map((s) => s.detail)).to.deep.equal([{ score: 8, category: 'passive' }]);
      expect(text($(el, 'label[for="comment"]'))).to.contain('What would make it a 10?');
      await typeComment(el, '  Faster exports ');
      const e = await submit(el);
      expect(e.detail).to.deep.equal({
        score: 8,
        category: 'passive',
        comment: 'Faster exports',
        surveyId: 'q1',
        respondentId: null,
        submittedAt: '2026-01-05T10:00:01.000Z',
        advocacy: null,
      });
    });

    it('detractor: asks what disappointed them and promises follow-up when asked to', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey follow-up .now=${() => T0}></nps-survey>`);
      await choose(el, 3);
      expect(text($(el, 'label[for="comment"]'))).to.contain('What disappointed you?');
      expect(text($(el, '[part="follow-up"]'))).to.contain('Someone from our team will follow up with you.');
      await typeComment(el, 'Outage');
      const e = await submit(el);
      expect(e.detail).to.deep.equal({
        score: 3,
        category: 'detractor',
        comment: 'Outage',
        surveyId: null,
        respondentId: null,
        submittedAt: '2026-01-05T10:00:00.000Z',
        advocacy: null,
      });
      expect(text($(el, '[role="status"]'))).to.contain('Someone from our team will follow up with you.');
    });

    it('a respondent id that is not a string is no id: no storage key, no throw, null in the submit event', async () => {
      // An object whose toString is not a function throws when put into a string (found by hostile-values.test.ts).
      const el = await fixture<NpsSurvey>(html`<nps-survey .respondentId=${{ toString: 0 } as never} .now=${() => T0}></nps-survey>`);
      await choose(el, 3);
      const e = await submit(el);
      expect(e.detail.respondentId).to.equal(null);
    });

    it('detractor without follow-up gets no promise', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
      await choose(el, 0);
      expect(text($(el, '[part="follow-up"]'))).not.to.contain('follow up');
    });

    it('the close button dismisses with the chosen score', async () => {
      const el = await fixture<NpsSurvey>(html`<nps-survey></nps-survey>`);
      await choose(el, 6);
      const dismiss = $(el, '[part="dismiss"]')!;
      expect(dismiss.getAttribute('aria-label')).to.equal('Dismiss survey');
      let event: NpsDismissEvent | undefined;
      el.addEventListener('nps-dismiss', (e) => (event = e));
      await clickCentre(dismiss);
      expect(event!.detail).to.deep.equal({ score: 6 });
      expect(el.dismissed).to.be.true;
      const box = el.getBoundingClientRect();
      expect(box.width * box.height, 'out of sight').to.be.at.most(1);
      expect(radios(el), 'the question is gone').to.have.length(0);
      expect(text($(el, '[role="status"]'))).to.equal('Survey dismissed.');
    });

    it('Enter on Dismiss returns focus where it came from, or to the host’s dismiss-focus target', async () => {
      for (const target of [undefined, 'after']) {
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <button id="before">Before</button>
          <nps-survey dismiss-focus=${target ?? nothing}></nps-survey>
          <button id="after">After</button>
        </div>`);
        const el = wrap.querySelector('nps-survey')!;
        await el.updateComplete;
        wrap.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'Tab reaches Dismiss first').to.equal('dismiss');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.dismissed).to.be.true;
        expect(document.activeElement?.id, `dismiss-focus=${String(target)}`).to.equal(target ?? 'before');
        expect(text($(el, '[role="status"]'))).to.equal('Survey dismissed.');
        await expect(el).to.be.accessible();
      }
    });

    it('a value attribute preselects without firing nps-select', async () => {
      let fired = 0;
      const el = await fixture<NpsSurvey>(html`<nps-survey value="7" @nps-select=${() => fired++}></nps-survey>`);
      expect(checked(el)).to.deep.equal([7]);
      expect(radios(el)[7].tabIndex).to.equal(0);
      expect(fired).to.equal(0);
    });
  });

  describe('advocacy', () => {
    it('invites promoters with the five permission tiers and plain consent text', async () => {
      const respondent = freshRespondent();
      const el = await survey(T0, respondent);
      await choose(el, 7);
      expect($(el, 'fieldset')).to.be.null;
      await choose(el, 10);
      const fieldset = $(el, 'fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.not.be.empty;
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((b) => text(b.closest('label')))).to.deep.equal(permissionTiers.map((t) => t.ask));
      expect(text(fieldset)).to.contain('withdraw at any time');
      expect(text(fieldset)).to.contain('nothing is shared until someone from our team contacts you');
      expect(text(fieldset.querySelector('[part="decline"]'))).to.equal('No thanks');

      await clickCentre(boxes[0]);
      await clickCentre(boxes[1]);
      const later = T0 + 60_000;
      el.now = () => later;
      const e = await submit(el);
      expect(e.detail.advocacy).to.deep.equal({
        tiers: ['reference', 'case-study'],
        consentedAt: new Date(later).toISOString(),
      });
      expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!)).to.deep.equal([{ at: later, outcome: 'accepted' }]);
    });

    it('gives every tier the same full-size checkbox on a phone, where the questions wrap to two lines', async () => {
      const el = await survey(T0, freshRespondent());
      el.style.width = '343px';
      await choose(el, 10);
      const boxes = [...$(el, 'fieldset')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.some((b) => b.closest('label')!.getBoundingClientRect().height > 2.5 * parseFloat(getComputedStyle(b).fontSize)), 'a question wraps').to.be.true;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const b of boxes) expect(b.getBoundingClientRect().width, b.value).to.be.closeTo(1.25 * rem, 0.5);
    });

    it('not invited without the advocacy attribute, nor passives and detractors', async () => {
      const el = await survey(T0, freshRespondent(), { advocacy: false });
      await choose(el, 10);
      expect($(el, 'fieldset')).to.be.null;
    });

    it('ask once, respect forever: a decline silences the respondent for 12 months', async () => {
      const respondent = freshRespondent();
      const first = await survey(T0, respondent);
      await choose(first, 9);
      await clickCentre($(first, '[part="decline"]')!);
      await elementUpdated(first);
      expect($(first, 'fieldset')).to.be.null;
      expect(focused(first)).to.equal($(first, '.declined'));
      expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!)).to.deep.equal([{ at: T0, outcome: 'declined' }]);
      const e = await submit(first);
      expect(e.detail.advocacy).to.be.null;
      expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!)).to.have.length(1);

      const elevenMonths = Date.UTC(2026, 11, 5, 10, 0, 0);
      const second = await survey(elevenMonths, respondent);
      await choose(second, 10);
      expect($(second, 'fieldset')).to.be.null;
      await submit(second);

      const twelveMonths = Date.UTC(2027, 0, 5, 10, 0, 1);
      const third = await survey(twelveMonths, respondent);
      await choose(third, 10);
      expect($(third, 'fieldset')).to.exist;
    });

    it('asks at most twice a quarter', async () => {
      const respondent = freshRespondent();
      const first = await survey(T0, respondent);
      await choose(first, 9);
      expect($(first, 'fieldset')).to.exist;
      await submit(first);

      const second = await survey(T0 + 10 * DAY, respondent);
      await choose(second, 10);
      expect($(second, 'fieldset')).to.exist;
      await clickCentre(second.shadowRoot!.querySelector('input[type="checkbox"]')!);
      await submit(second);

      const third = await survey(T0 + 40 * DAY, respondent);
      await choose(third, 10);
      expect($(third, 'fieldset')).to.be.null;

      expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!).map((r: { outcome: string }) => r.outcome)).to.deep.equal([
        'dismissed',
        'accepted',
      ]);

      const nextQuarter = await survey(Date.UTC(2026, 3, 2), respondent);
      await choose(nextQuarter, 10);
      expect($(nextQuarter, 'fieldset')).to.exist;
    });

    it('dismissing the survey while invited counts as an ask', async () => {
      const respondent = freshRespondent();
      const el = await survey(T0, respondent);
      await choose(el, 9);
      await clickCentre($(el, '[part="dismiss"]')!);
      expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!)).to.deep.equal([{ at: T0, outcome: 'dismissed' }]);
    });

    it('works without a respondent id, remembering nothing', async () => {
      const before = localStorage.length;
      const el = await survey(T0, null);
      await choose(el, 10);
      expect($(el, 'fieldset')).to.exist;
      await clickCentre($(el, '[part="decline"]')!);
      await elementUpdated(el);
      expect(localStorage.length).to.equal(before);
      const again = await survey(T0, null);
      await choose(again, 10);
      expect($(again, 'fieldset')).to.exist;
    });

    for (const [name, stored] of [
      ['broken JSON', '{not json'],
      ['a wrong shape', '{"at": 1}'],
      ['junk entries', '[{"at":"yesterday","outcome":"declined"}, 42, null]'],
    ]) {
      it(`treats ${name} in storage as empty history`, async () => {
        const respondent = freshRespondent();
        localStorage.setItem(askHistoryKey(respondent), stored);
        let errors = 0;
        const el = await survey(T0, respondent);
        el.addEventListener('nps-error', () => errors++);
        await choose(el, 10);
        expect($(el, 'fieldset')).to.exist;
        expect($(el, '[role="alert"]')).to.be.null;
        await submit(el);
        expect(errors).to.equal(0);
        expect(JSON.parse(localStorage.getItem(askHistoryKey(respondent))!)).to.deep.equal([{ at: T0, outcome: 'dismissed' }]);
      });
    }
  });

  describe('forms', () => {
    it('submits the score with the form, validates required and resets', async () => {
      const form = await mount<HTMLFormElement>(html`<form>
        <nps-survey name="nps" required></nps-survey>
      </form>`);
      const el = form.querySelector('nps-survey')!;
      await elementUpdated(el);
      expect(form.checkValidity()).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal('Please choose a score from 0 to 10.');
      expect(new FormData(form).has('nps')).to.be.false;

      await choose(el, 9);
      expect(new FormData(form).get('nps')).to.equal('9');
      expect(form.checkValidity()).to.be.true;

      form.reset();
      await elementUpdated(el);
      expect(el.value).to.equal(null);
      expect(checked(el)).to.deep.equal([]);
      expect(el.hasAttribute('value')).to.be.false;
      expect(new FormData(form).has('nps')).to.be.false;
      expect(form.checkValidity()).to.be.false;
    });

    it('is valid when not required', async () => {
      const form = await mount<HTMLFormElement>(html`<form><nps-survey name="nps"></nps-survey></form>`);
      expect(form.checkValidity()).to.be.true;
    });

    it('honours a disabled fieldset', async () => {
      const form = await mount<HTMLFormElement>(html`<form>
        <fieldset disabled><nps-survey name="nps"></nps-survey></fieldset>
      </form>`);
      const el = form.querySelector('nps-survey')!;
      await elementUpdated(el);
      expect($(el, '[role="radiogroup"]')!.getAttribute('aria-disabled')).to.equal('true');
      expect(radios(el).every((r) => r.tabIndex === -1)).to.be.true;
      await choose(el, 5);
      expect(checked(el)).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await elementUpdated(el);
      await choose(el, 5);
      expect(checked(el)).to.deep.equal([5]);
      expect(new FormData(form).get('nps')).to.equal('5');
    });
  });

  describe('bad input', () => {
    for (const value of ['11', 'abc', '-1', '4.5']) {
      it(`value="${value}" shows an alert and fires nps-error`, async () => {
        const errors: NpsErrorEvent[] = [];
        const el = await fixture<NpsSurvey>(
          html`<nps-survey value=${value} @nps-error=${(e: NpsErrorEvent) => errors.push(e)}></nps-survey>`,
        );
        const alert = $(el, '[part="error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.contain(value);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.issues[0].path).to.equal('value');
        expect(checked(el)).to.deep.equal([]);
        await choose(el, 4);
        expect($(el, '[part="error"]')).to.be.null;
        expect(checked(el)).to.deep.equal([4]);
      });
    }

    it('an object as value or name shows an alert instead of throwing while reflecting it', async () => {
      const errors: NpsErrorEvent[] = [];
      const el = await fixture<NpsSurvey>(html`<nps-survey name="nps" @nps-error=${(e: NpsErrorEvent) => errors.push(e)}></nps-survey>`);
      el.value = Object.create(null) as number;
      el.name = Object.create(null) as string;
      await elementUpdated(el);
      expect(el.hasAttribute('value')).to.be.false;
      expect(el.hasAttribute('name')).to.be.false;
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(errors.map((e) => e.detail.issues[0].path)).to.include('value');
    });
  });

  describe('accessibility', () => {
    async function promoterInvited(): Promise<NpsSurvey> {
      const el = await survey(T0, null);
      await choose(el, 10);
      expect($(el, 'fieldset')).to.exist;
      return el;
    }
    const states: [string, () => Promise<Element>][] = [
      ['initial', () => survey(T0, null)],
      [
        'selected (passive)',
        async () => {
          const el = await survey(T0, null);
          await choose(el, 8);
          return el;
        },
      ],
      [
        'detractor follow-up',
        async () => {
          const el = await survey(T0, null);
          el.followUp = true;
          await choose(el, 2);
          expect(text($(el, '[part="follow-up"]'))).to.contain('follow up');
          return el;
        },
      ],
      ['advocacy ask', promoterInvited],
      [
        'thank-you',
        async () => {
          const el = await promoterInvited();
          await clickCentre(el.shadowRoot!.querySelector('input[type="checkbox"]')!);
          await submit(el);
          expect($(el, '[role="status"]')!.textContent).to.contain('Thank you');
          return el;
        },
      ],
      [
        'error',
        async () => {
          const el = await fixture<NpsSurvey>(html`<nps-survey value="11"></nps-survey>`);
          expect($(el, '[role="alert"]')).to.exist;
          return el;
        },
      ],
      ['disabled', () => mount<HTMLElement>(html`<fieldset disabled><legend>NPS</legend><nps-survey></nps-survey></fieldset>`)],
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, setup] of states) {
        (scheme === 'dark' ? itNeedsMediaEmulation : it)(`passes axe: ${name} (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
          const el = await setup();
          await expect(el).to.be.accessible();
        });
      }
    }
  });
  describe('resurvey throttle and host-supplied history', () => {
    const visit = async (now: number, respondent: string, extra: Partial<NpsSurvey> = {}) => {
      const el = await fixture<NpsSurvey>(html`<nps-survey advocacy respondent-id=${respondent} .now=${() => now}></nps-survey>`);
      Object.assign(el, extra);
      await elementUpdated(el);
      return el;
    };

    it('does not survey a respondent again within 90 days of an answer', async () => {
      const respondent = freshRespondent();
      const first = await visit(T0, respondent);
      await choose(first, 8);
      await submit(first);
      expect(JSON.parse(localStorage.getItem(surveyedKey(respondent))!)).to.equal(T0);

      const reload = await visit(T0 + 89 * DAY, respondent);
      expect(reload.throttled).to.equal(true);
      expect(reload.shadowRoot!.querySelector('[role="radiogroup"]')).to.equal(null);
      expect(reload.getBoundingClientRect().height).to.equal(0);

      const later = await visit(T0 + 90 * DAY, respondent);
      expect(later.throttled).to.equal(false);
      expect($(later, '[role="radiogroup"]')).to.exist;
    });

    it('a dismissal counts as surveyed; resurvey-days changes the period and 0 turns it off', async () => {
      const respondent = freshRespondent();
      const first = await visit(T0, respondent);
      await clickCentre($(first, '[part="dismiss"]')!);
      expect((await visit(T0 + 10 * DAY, respondent)).throttled).to.equal(true);
      expect((await visit(T0 + 10 * DAY, respondent, { resurveyDays: 7 })).throttled).to.equal(false);
      expect((await visit(T0 + 1, respondent, { resurveyDays: 0 })).throttled).to.equal(false);
    });

    it('takes the last survey date from the host (its CRM) over local storage', async () => {
      const respondent = freshRespondent();
      const el = await visit(T0, respondent, { lastSurveyedAt: T0 - 30 * DAY });
      expect(el.throttled).to.equal(true);
      el.lastSurveyedAt = T0 - 120 * DAY;
      await elementUpdated(el);
      expect(el.throttled).to.equal(false);
      expect($(el, '[role="radiogroup"]')).to.exist;
    });

    it('a throttled required survey does not block its form', async () => {
      const form = await mount<HTMLFormElement>(html`<form>
        <nps-survey name="nps" required .lastSurveyedAt=${T0 - DAY} .now=${() => T0}></nps-survey>
      </form>`);
      const el = form.querySelector('nps-survey')!;
      await elementUpdated(el);
      expect(el.throttled).to.equal(true);
      expect(form.checkValidity()).to.be.true;
      expect(new FormData(form).has('nps')).to.be.false;
    });

    it('counts the host’s ask history: a decline in the CRM silences the invitation', async () => {
      const respondent = freshRespondent();
      const el = await visit(T0, respondent, { askHistory: [{ at: T0 - 60 * DAY, outcome: 'declined' }] });
      await choose(el, 10);
      expect($(el, 'fieldset')).to.be.null;
      const other = freshRespondent();
      const invited = await visit(T0, other, { askHistory: [{ at: T0 - 400 * DAY, outcome: 'declined' }] });
      await choose(invited, 10);
      expect($(invited, 'fieldset')).to.exist;
    });

    it('junk host history is ignored, never thrown', async () => {
      const respondent = freshRespondent();
      const el = await visit(T0, respondent, { askHistory: 'nope' as never, lastSurveyedAt: Number.NaN });
      await choose(el, 10);
      expect(el.throttled).to.equal(false);
      expect($(el, 'fieldset')).to.exist;
    });

    it('submits the comment and the chosen tiers with the form, alongside the score', async () => {
      const form = await mount<HTMLFormElement>(html`<form><nps-survey name="nps" advocacy></nps-survey></form>`);
      const el = form.querySelector('nps-survey')!;
      await elementUpdated(el);
      await choose(el, 10);
      await typeComment(el, 'Great onboarding');
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
      await clickCentre(boxes[0]);
      await clickCentre(boxes[2]);
      await elementUpdated(el);
      const data = new FormData(form);
      expect(data.get('nps')).to.equal('10');
      expect(data.get('nps-comment')).to.equal('Great onboarding');
      expect(data.getAll('nps-tier')).to.deep.equal([permissionTiers[0].id, permissionTiers[2].id]);
      await choose(el, 7);
      expect(new FormData(form).getAll('nps-tier')).to.deep.equal([]);
      expect(new FormData(form).get('nps')).to.equal('7');
    });
  });
});
