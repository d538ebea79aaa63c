import '../src/index.js';

/**
 * The host side of a lead gate: when the visitor finishes, the page holds the results back
 * (preventDefault on the cancelable `assessment-complete`), shows its own form in the element's `gate`
 * slot, and reveals the results with `showResults()` once the form is filled in. Nothing is sent:
 * a real site would post the email to its marketing system here.
 */
const assessment = document.querySelector('maturity-assessment')!;
let unlocked = false;

function removeGate() {
  assessment.querySelector('[slot="gate"]')?.remove();
}

function showGate() {
  removeGate();
  const form = document.createElement('form');
  form.slot = 'gate';
  form.className = 'lead-form';
  form.setAttribute('aria-labelledby', 'gate-heading');

  const heading = document.createElement('h2');
  heading.id = 'gate-heading';
  heading.textContent = 'Your results are ready';
  const intro = document.createElement('p');
  intro.textContent =
    'Enter your work email to see your score, your benchmark and the next step for each area. (Demo: the address is not stored or sent.)';

  const label = document.createElement('label');
  label.htmlFor = 'gate-email';
  label.textContent = 'Work email';
  const input = document.createElement('input');
  input.id = 'gate-email';
  input.type = 'email';
  input.name = 'email';
  input.required = true;
  input.autocomplete = 'email';

  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.textContent = 'Show my results';

  form.append(heading, intro, label, input, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    unlocked = true;
    removeGate();
    assessment.showResults();
  });
  assessment.append(form);
  input.focus();
}

assessment.addEventListener('assessment-complete', (event) => {
  if (unlocked) return;
  event.preventDefault();
  showGate();
});
assessment.addEventListener('assessment-reset', removeGate);
