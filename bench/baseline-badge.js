// The cheapest honest health badge: a shadow root, one span with the score and band word, and ONE
// constructable stylesheet adopted by every instance. health-badge's render cost is measured against it.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: inline-block; }
  span { display: inline-flex; gap: 0.25em; padding: 0.125em 0.5em; border-radius: 999px; font: 600 0.875rem/1.5 system-ui, sans-serif; }
  span[data-band='green'] { background: #dcfce7; color: #14532d; }
  span[data-band='amber'] { background: #fef3c7; color: #78350f; }
  span[data-band='red'] { background: #fee2e2; color: #7f1d1d; }
`);

const words = { green: 'Healthy', amber: 'At risk', red: 'Critical' };

class BaselineBadge extends HTMLElement {
  static observedAttributes = ['score'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    this._span = document.createElement('span');
    root.append(this._span);
  }

  attributeChangedCallback() {
    const score = Number(this.getAttribute('score'));
    const band = score >= 80 ? 'green' : score >= 50 ? 'amber' : 'red';
    this._span.dataset.band = band;
    this._span.textContent = `${score} ${words[band]}`;
  }
}

if (!customElements.get('baseline-badge')) customElements.define('baseline-badge', BaselineBadge);
