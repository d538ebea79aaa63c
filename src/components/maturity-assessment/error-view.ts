import { html, type TemplateResult } from 'lit';
import type { ModelIssue } from '../../core/models/schema.js';
import { record } from '../../core/records.js';
import { termOr, type Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

type Loc = Localize<typeof en>;

/** Words kept unsaid until a render: an error or an announcement then follows a change of language. */
export type Words = (t: Loc) => string;

/** One problem of the model or segment: the field at fault, and what is wrong with it. */
export interface Issue {
  path: string;
  words: Words;
}

const keys = Object.keys;

/**
 * The core's issue with a custom model in the element's language: worded from its code and figures
 * (`ma.issue.<code>`, numbers written in that language). English, and a language without that code, show the
 * core's own message, the one source of the English wording.
 */
export function issueWords({ code, params, message }: ModelIssue): Words {
  if (!code) return () => message;
  const key = `ma.issue.${code}`;
  return (t) => {
    const p = record<string>();
    if (params) for (const k of keys(params)) p[k] = typeof params[k] === 'number' ? t.number(params[k]) : String(params[k]);
    return termOr(t, key, message, p);
  };
}

/** Why the assessment cannot start: one line per problem of the model or segment. */
export function renderError(t: Loc, issues: readonly Issue[]): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${t.term('ma.cannotShow')}</strong></p>
    <ul>
      ${issues.map((i) => html`<li>${i.path === '(model)' ? t.term('ma.wholeModel') : i.path}: ${i.words(t)}</li>`)}
    </ul>
  </div>`;
}

/** The note that a `#ak=` link could not be opened, with its Dismiss button. */
export function renderLinkNotice(t: Loc, dismiss: () => void): TemplateResult {
  return html`<div part="notice" class="notice" role="status">
    <p>${t.term('ma.linkBroken')}</p>
    <button part="button" type="button" @click=${dismiss}>${t.term('ma.dismiss')}</button>
  </div>`;
}
