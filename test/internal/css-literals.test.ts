import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';
import gauge from '../../src/components/benchmark-gauge/benchmark-gauge.styles.js';
import badge from '../../src/components/health-badge/health-badge.styles.js';
import assessment from '../../src/components/maturity-assessment/maturity-assessment.styles.js';
import survey from '../../src/components/nps-survey/nps-survey.styles.js';
import radar from '../../src/components/score-radar/score-radar.styles.js';
import { errorBox } from '../../src/internal/error-box.js';
import { tokens } from '../../src/internal/tokens.js';

/**
 * The rules the browser builds from a stylesheet, serialized. A declaration using var() keeps its value's raw
 * text, so runs of whitespace and spaces after commas are evened out (outside strings) before comparing.
 */
function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) =>
    r.cssText.replace(/('[^']*'|"[^"]*")|\s*,\s*|\s+/g, (m, quoted: string | undefined) => quoted ?? (m.includes(',') ? ',' : ' ')),
  );
}

describe('css literal minification (build step)', () => {
  const sheets: Record<string, CSSResult> = { gauge, badge, assessment, survey, radar, errorBox, tokens };

  for (const [name, sheet] of Object.entries(sheets)) {
    it(`leaves the ${name} stylesheet's rules unchanged and makes it smaller`, () => {
      const minified = minifyCss(sheet.cssText);
      expect(rulesOf(sheet.cssText).length).to.be.greaterThan(0);
      expect(rulesOf(minified)).to.deep.equal(rulesOf(sheet.cssText));
      expect(minified.length).to.be.lessThan(sheet.cssText.length * 0.85);
    });
  }

  it('keeps strings, escapes and descendant pseudo-class selectors as written', () => {
    const css = `
      /* a comment */
      .a :hover ,  .b > .c {
        content: '  two  spaces ; { } ';
        font-family: "Segoe UI",  sans-serif;
        margin: 0 auto ;
      }
      .d::before { content: "\\201C" }
    `;
    const out = minifyCss(css);
    expect(out).to.equal(
      `.a :hover,.b > .c{content: '  two  spaces ; { } ';font-family: "Segoe UI",sans-serif;margin: 0 auto}.d::before{content: "\\201C"}`,
    );
    expect(rulesOf(out)).to.deep.equal(rulesOf(css));
  });

  it('rewrites only css`…` literals without interpolations in a module', () => {
    const source = 'const a = css`\n  .x {\n    color: red;\n  }\n`;\nconst b = html`\n  <p>  hi  </p>\n`;\nconst c = css`.y { ${v} }`;';
    expect(minifyCssLiterals(source)).to.equal(
      'const a = css`.x{color: red}`;\nconst b = html`\n  <p>  hi  </p>\n`;\nconst c = css`.y { ${v} }`;',
    );
  });
});
