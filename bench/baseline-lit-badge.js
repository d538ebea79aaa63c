// The same button as health-badge's, from a bare LitElement: one reactive property, one template, one shared
// stylesheet, no explanation, trend or validation. health-badge's heap and render cost are measured against it,
// so what Lit itself costs is told apart from what the kit adds.
import { LitElement, css, html } from 'lit';

const words = { green: 'Healthy', amber: 'At risk', red: 'Critical' };

class LitBadge extends LitElement {
  static properties = { score: { type: Number } };

  static styles = css`
    :host { display: inline-block; }
    button { display: inline-flex; gap: 0.25em; padding: 0.125em 0.5em; border: 0; border-radius: 999px; font: 600 0.875rem/1.5 system-ui, sans-serif; }
    .green { background: #dcfce7; color: #14532d; }
    .amber { background: #fef3c7; color: #78350f; }
    .red { background: #fee2e2; color: #7f1d1d; }
  `;

  render() {
    const score = this.score ?? 0;
    const band = score >= 80 ? 'green' : score >= 50 ? 'amber' : 'red';
    return html`<button type="button" class="badge ${band}" part="badge" aria-label="Health: ${score} ${words[band]}">${score} ${words[band]}</button>`;
  }
}

if (!customElements.get('lit-badge')) customElements.define('lit-badge', LitBadge);
