import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';
import gauge from '../../src/components/benchmark-gauge/benchmark-gauge.styles.js';
import badge from '../../src/components/health-badge/health-badge.styles.js';
import assessment from '../../src/components/maturity-assessment/maturity-assessment.styles.js';
import survey from '../../src/components/nps-survey/nps-survey.styles.js';
import roi from '../../src/components/roi-calculator/roi-calculator.styles.js';
import radar from '../../src/components/score-radar/score-radar.styles.js';
import { errorBox } from '../../src/internal/error-box.js';
import { tokens } from '../../src/internal/tokens.js';

// The build's minifier is lightningcss, which is native: the test runner runs it in Node for these tests.
const minifyCss = (text: string) => executeServerCommand<string, string>('minify-css', text);
const minifyCssLiterals = (code: string) => executeServerCommand<string, string>('minify-css-literals', code);

/**
 * Numbers written one way (`.5` and `0.50` are `0.5`, `500ms` is `0.5s`, `#fff` is `#ffffff`), whitespace evened out and commas tight,
 * outside strings; `min-`/`max-` size features in their range form (`(min-width: 38rem)` is `(width >= 38rem)`).
 */
function canonicalText(value: string): string {
  return value
    .replace(/#([\da-f])([\da-f])([\da-f])\b/gi, '#$1$1$2$2$3$3')
    .replace(/(?<![\w.-])(\d*\.?\d+)ms\b/g, (_, ms: string) => `${Number(ms) / 1000}s`)
    .replace(/\((min|max)-(width|height|inline-size|block-size)\s*:\s*([^)]+)\)/g, (_, m: string, f: string, v: string) => `(${f} ${m === 'min' ? '>=' : '<='} ${v.trim()})`)
    .replace(/('[^']*'|"[^"]*")|\s*,\s*|\s+|(?<![\w#-])-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi, (m, quoted: string | undefined) =>
      quoted ?? (/^\s*,/.test(m) ? ',' : /^\s+$/.test(m) ? ' ' : String(Number(m))),
    )
    .replace(/'/g, '"')
    .trim();
}

let probe: HTMLElement | undefined;
/**
 * A declaration's value as the browser computes it, so `500ms` and `.5s`, or `0 center` and `0 50%`, compare
 * equal; values with var() or in custom properties cannot be computed alone, so their text is compared instead.
 */
function computed(property: string, value: string): string {
  if (property.startsWith('--') || /var\(/.test(value)) return canonicalText(value);
  probe ??= document.body.appendChild(document.createElement('div'));
  probe.style.cssText = '';
  probe.style.setProperty(property, value);
  const result = getComputedStyle(probe).getPropertyValue(property);
  // lightningcss writes `background: none` as `background: 0 0`: a zero offset is the same length or percentage.
  if (/^background-position-[xy]$/.test(property) && result === '0%') return '0px';
  // It drops the quotes of a family name that needs none, which Firefox then serializes as written.
  return property === 'font-family' ? result.replace(/"/g, '') : result;
}

/**
 * What a stylesheet means, as the browser parses it: for each at-rule context, selector and longhand property,
 * the value that wins, computed. Order of declarations inside a rule, merged rules and shorthands written
 * differently do not change it; a dropped, added or changed declaration, selector or at-rule does.
 */
function meaningOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  const wins = new Map<string, string>();
  const walk = (rules: CSSRuleList, context: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule || rule instanceof CSSKeyframeRule) {
        const selectors = rule instanceof CSSStyleRule ? rule.selectorText.split(/\s*,\s*(?![^(]*\))/) : [rule.keyText];
        for (let i = 0; i < rule.style.length; i++) {
          const property = rule.style.item(i);
          const value = computed(property, rule.style.getPropertyValue(property));
          const priority = rule.style.getPropertyPriority(property);
          for (const selector of selectors) wins.set(`${context}${selector} { ${property}`, `${value}${priority ? ' !' + priority : ''} }`);
        }
      } else if (rule instanceof CSSKeyframesRule) walk(rule.cssRules, `${context}@keyframes ${rule.name} `);
      else if (rule instanceof CSSGroupingRule) {
        const condition = canonicalText('conditionText' in rule ? String(rule.conditionText) : rule.cssText.split('{')[0]!).replace(/\s*:\s*/g, ': ');
        walk(rule.cssRules, `${context}@${rule.constructor.name} ${condition} `);
      } else wins.set(`${context}${rule.cssText}`, '');
    }
  };
  walk(sheet.cssRules, '');
  return [...wins].map(([key, value]) => `${key}: ${value}`).sort();
}

describe('css literal minification (build step)', () => {
  const sheets: Record<string, CSSResult> = { gauge, badge, assessment, survey, radar, roi, errorBox, tokens };

  for (const [name, sheet] of Object.entries(sheets)) {
    it(`leaves the ${name} stylesheet's rules unchanged and makes it smaller`, async () => {
      const minified = await minifyCss(sheet.cssText);
      expect(meaningOf(sheet.cssText).length).to.be.greaterThan(0);
      expect(meaningOf(minified)).to.deep.equal(meaningOf(sheet.cssText));
      expect(minified.length).to.be.lessThan(sheet.cssText.length * 0.85);
    });
  }

  it('keeps strings, escapes and descendant pseudo-class selectors as written', async () => {
    const css = `
      /* a comment */
      .a :hover ,  .b > .c {
        content: '  two  spaces ; { } ';
        font-family: "Segoe UI",  sans-serif;
        margin: 0 auto ;
      }
      .d::before { content: "\\201C" }
    `;
    const out = await minifyCss(css);
    expect(out).to.equal(`.a :hover,.b>.c{content:"  two  spaces ; { } ";margin:0 auto;font-family:Segoe UI,sans-serif}.d:before{content:"“"}`);
    expect(meaningOf(out)).to.deep.equal(meaningOf(css));
  });

  it('tells a changed stylesheet from a minified one', () => {
    const css = '.a { color: red; transition: opacity 500ms } @media (max-width: 600px) { .a { margin: 0 auto } }';
    expect(meaningOf('@media (max-width:600px){.a{margin:0 auto}}.a{transition:opacity .5s;color:red}')).to.deep.equal(meaningOf(css));
    for (const changed of [
      '.a { color: blue; transition: opacity 500ms } @media (max-width: 600px) { .a { margin: 0 auto } }',
      '.a { color: red; transition: opacity 50ms } @media (max-width: 600px) { .a { margin: 0 auto } }',
      '.a { color: red; transition: opacity 500ms } @media (max-width: 601px) { .a { margin: 0 auto } }',
      '.a { color: red; transition: opacity 500ms } .a { margin: 0 auto }',
      '.b { color: red; transition: opacity 500ms } @media (max-width: 600px) { .a { margin: 0 auto } }',
      '.a { color: red } @media (max-width: 600px) { .a { margin: 0 auto } }',
      '.a { color: red !important; transition: opacity 500ms } @media (max-width: 600px) { .a { margin: 0 auto } }',
    ]) {
      expect(meaningOf(changed), changed).not.to.deep.equal(meaningOf(css));
    }
  });

  it('rewrites only css`…` literals without interpolations or escapes in a module', async () => {
    const source =
      'const a = css`\n  .x {\n    color: red;\n  }\n`;\nconst b = html`\n  <p>  hi  </p>\n`;\nconst c = css`.y { ${v} }`;\nconst d = css`.z { content: "\\\\201C" }`;';
    expect(await minifyCssLiterals(source)).to.equal(
      'const a = css`.x{color:red}`;\nconst b = html`\n  <p>  hi  </p>\n`;\nconst c = css`.y { ${v} }`;\nconst d = css`.z { content: "\\\\201C" }`;',
    );
  });
});
