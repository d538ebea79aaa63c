import { html, type TemplateResult } from 'lit';
import type { Localize } from '../../internal/localize.js';
import type en from '../../translations/en/maturity-assessment.js';

/** The host's `cover` (title, intro, image) before the first question, with the kit's Start button. */
export function renderCover(t: Localize<typeof en>, start: () => void): TemplateResult {
  return html`<section part="cover" class="cover">
    <slot name="cover"></slot>
    <div class="nav">
      <button part="button start" class="primary start" type="button" @click=${start}>${t.term('ma.start')}</button>
    </div>
  </section>`;
}
