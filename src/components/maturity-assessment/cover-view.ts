import { html, type TemplateResult } from 'lit';

/** The host's `cover` (title, intro, image) before the first question, with the kit's Start button. */
export function renderCover(start: () => void): TemplateResult {
  return html`<section part="cover" class="cover">
    <slot name="cover"></slot>
    <div class="nav">
      <button part="button start" class="primary start" type="button" @click=${start}>Start</button>
    </div>
  </section>`;
}
