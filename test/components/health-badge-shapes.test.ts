import { fixture, html, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { canEmulateMedia, emulateMedia, forcedColors, itNeedsMediaEmulation } from '../engine.js';
import '../../src/components/health-badge/health-badge.js';
import type { HealthBadge } from '../../src/components/health-badge/health-badge.js';

type Rgb = [number, number, number];
type Pattern = [string, string, string];

/**
 * The band shapes are background gradients on the button, which no DOM property describes, so these tests
 * read the screen: a screenshot of the square the shape is drawn in (and of the badge's padding left of it,
 * for the colour actually painted around it, which forced colours change), sampled at fractions of the square.
 */
async function shapeOf(el: HealthBadge): Promise<{ at: (fx: number, fy: number) => Rgb; background: Rgb }> {
  const button = el.shadowRoot!.querySelector('button')!;
  const size = Math.round(0.85 * parseFloat(getComputedStyle(button).fontSize));
  const r = button.getBoundingClientRect();
  const margin = 12;
  const clip = { x: Math.round(r.left - margin), y: Math.round(r.top + r.height / 2 - size / 2), width: size + margin, height: size };
  // A screenshot of the viewport (what every engine's driver can take), cropped to the clip.
  const png = await executeServerCommand<string, undefined>('screenshot');
  const viewport = await (await fetch(`data:image/png;base64,${png}`)).blob();
  const bitmap = await createImageBitmap(viewport, clip.x, clip.y, clip.width, clip.height);
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const pixel = (x: number, y: number): Rgb => {
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    return [data[i], data[i + 1], data[i + 2]];
  };
  const at = (fx: number, fy: number) => pixel(margin + fx * (size - 1), fy * (size - 1));
  return { at, background: pixel(margin / 2, size / 2) };
}

function rgb(css: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [r, g, b];
}

/** Where the shape is inked, on a 3 × 3 grid at 12 %, 50 % and 88 % of its square ('#' ink, '.' none). */
async function inkPattern(el: HealthBadge): Promise<Pattern> {
  const { at, background } = await shapeOf(el);
  const ink = (fx: number, fy: number) => Math.max(...at(fx, fy).map((c, k) => Math.abs(c - background[k]))) > 60;
  const row = (fy: number) => [0.12, 0.5, 0.88].map((fx) => (ink(fx, fy) ? '#' : '.')).join('');
  return [row(0.12), row(0.5), row(0.88)];
}

/** WCAG contrast ratio of two colours. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Large enough (a 54 px square) that a pixel of rounding never moves a sample across an edge.
const badge = (score: number | null) => fixture<HealthBadge>(html`<health-badge .score=${score} style="font-size: 64px"></health-badge>`);

const bands: [number | null, string, Pattern, string][] = [
  [90, 'a circle', ['.#.', '###', '.#.'], '#1a7f37'],
  [60, 'a triangle', ['.#.', '.#.', '###'], '#9a6700'],
  [20, 'a diamond', ['.#.', '###', '.#.'], '#cf222e'],
  [null, 'a dash', ['...', '###', '...'], '#57606a'],
];

describe('health-badge shapes (what the screen shows)', function () {
  this.timeout(30000);

  afterEach(async () => {
    if (canEmulateMedia) await forcedColors(false);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [score, shape, pattern, colour] of bands) {
    it(`draws ${shape} in its band colour for ${score ?? 'no score'}`, async () => {
      const el = await badge(score);
      expect(await inkPattern(el)).to.deep.equal(pattern);
      const { at } = await shapeOf(el);
      at(0.5, 0.5).forEach((c, k) => expect(c, `channel ${k}`).to.be.closeTo(rgb(colour)[k], 8));
    });
  }

  it('tells the circle from the diamond by their shoulders', async () => {
    const ink = async (score: number) => {
      const { at, background } = await shapeOf(await badge(score));
      return Math.max(...at(0.22, 0.22).map((c, k) => Math.abs(c - background[k]))) > 60;
    };
    expect(await ink(90)).to.equal(true);
    expect(await ink(20)).to.equal(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    (scheme === 'dark' ? itNeedsMediaEmulation : it)(`draws every shape at 3:1 or more against the badge (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      for (const [score] of bands) {
        const { at, background } = await shapeOf(await badge(score));
        expect(contrast(at(0.5, 0.5), background), `score ${score}`).to.be.at.least(3);
      }
    });
  }

  itNeedsMediaEmulation('keeps every shape in forced colours (Windows High Contrast), where background gradients are dropped', async () => {
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    for (const [score, shape, pattern] of bands) {
      const el = await badge(score);
      expect(await inkPattern(el), shape).to.deep.equal(pattern);
    }
  });
});
