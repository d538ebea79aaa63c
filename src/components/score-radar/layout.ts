/**
 * Pure label/plot layout for the radar, kept apart from the element so the geometry can be reasoned
 * about without a DOM. Text widths are estimated from the font size (no measuring pass), so the
 * estimate is deliberately generous: a label that comes out narrower than estimated only leaves a
 * little extra white space, one that comes out wider would be clipped.
 */

export const LABEL_FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
/** Average advance of a glyph in a system sans-serif, as a fraction of the font size, rounded up. */
const CHAR_WIDTH = LABEL_FONT_SIZE * 0.62;
/** Room between the outer ring (and the points drawn on it) and the nearest edge of a label. */
export const LABEL_GAP = 10;
/** Kept clear on every side of the drawing, for the focus ring and point markers. */
export const EDGE_PAD = 8;
export const POINT_RADIUS = 5;
const MAX_LINES = 5;
const MAX_RADIUS = 320;
const MIN_RADIUS = 24;
const KEYED_BELOW = 0.75;

export interface LabelBox {
  lines: string[];
  /** Whether the label had to be shortened to fit in MAX_LINES lines. */
  truncated: boolean;
  anchor: 'start' | 'middle' | 'end';
  /** Box relative to the plot centre. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  labels: LabelBox[];
  /** Whether the axes carry numbers instead of their labels, to be read from a key beside the chart. */
  keyed: boolean;
}

/** Angle of axis `i` of `n`, in radians: the first axis points straight up, the rest follow clockwise. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** Chinese, Japanese and Korean characters: about a full em wide, and a line may break between any two. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const WIDE_UNITS = 1.65;
const CLOSING = /[、。，．・：；？！ー）」』】〕〉》｝]/;

/** Width of a line in average-glyph units, a wide character counting as WIDE_UNITS. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? WIDE_UNITS : 1;
  return n;
}

/** Words to wrap, each with whether a space goes before it; text in wide characters breaks between them. */
function tokens(label: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    // A line may break before any wide character, except closing punctuation, which stays with the one before it.
    const parts: string[] = [];
    for (const ch of word) {
      if (parts.length && !(WIDE.test(ch) && !CLOSING.test(ch))) parts[parts.length - 1] += ch;
      else parts.push(ch);
    }
    parts.forEach((text, i) => out.push({ text, space: i === 0 }));
  }
  return out;
}

/** Greedy word wrap to at most `maxChars` units per line (a word longer than that gets a line of its own, never
 * split, though text in wide characters breaks between characters), shortened with an ellipsis past MAX_LINES lines. */
export function wrapLabel(label: string, maxChars: number): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let line = '';
  for (const { text, space } of tokens(label)) {
    const joined = space ? `${line} ${text}` : `${line}${text}`;
    if (!line) line = text;
    else if (units(joined) <= maxChars) line = joined;
    else {
      lines.push(line);
      line = text;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return { lines, truncated: false };
  const kept = lines.slice(0, MAX_LINES);
  const last = kept[MAX_LINES - 1];
  kept[MAX_LINES - 1] = `${units(last) >= maxChars ? [...last].slice(0, Math.max(1, Math.floor(maxChars / (units(last) / [...last].length)) - 1)).join('') : last}…`;
  return { lines: kept, truncated: true };
}

function textWidth(lines: string[]): number {
  return Math.max(0, ...lines.map(units)) * CHAR_WIDTH;
}

/** Distance from the origin to the nearest point of an axis-aligned box. */
function boxDistance(x0: number, y0: number, x1: number, y1: number): number {
  const dx = x0 > 0 ? x0 : x1 < 0 ? -x1 : 0;
  const dy = y0 > 0 ? y0 : y1 < 0 ? -y1 : 0;
  return Math.hypot(dx, dy);
}

function placeBox(angle: number, t: number, w: number, h: number) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const ax = t * c;
  const ay = t * s;
  const anchor: LabelBox['anchor'] = c > 0.2 ? 'start' : c < -0.2 ? 'end' : 'middle';
  const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
  const y0 = s < -0.2 ? ay - h : s > 0.2 ? ay : ay - h / 2;
  return { anchor, x0, y0, x1: x0 + w, y1: y0 + h };
}

/**
 * Places a label box along its axis, pushed out just far enough that no corner of it comes within
 * LABEL_GAP of the plot circle (anchoring at the axis end alone lets a wide label near the top or
 * bottom cut into the circle).
 */
function labelAt(angle: number, radius: number, w: number, h: number) {
  const clear = radius + LABEL_GAP;
  let lo = clear;
  let hi = clear + w + h + LABEL_GAP;
  if (boxDistance(...boxArgs(placeBox(angle, lo, w, h))) >= clear) return placeBox(angle, lo, w, h);
  for (let k = 0; k < 24; k++) {
    const mid = (lo + hi) / 2;
    if (boxDistance(...boxArgs(placeBox(angle, mid, w, h))) >= clear) hi = mid;
    else lo = mid;
  }
  return placeBox(angle, hi, w, h);
}

function boxArgs(b: { x0: number; y0: number; x1: number; y1: number }): [number, number, number, number] {
  return [b.x0, b.y0, b.x1, b.y1];
}

function fits(radius: number, half: number, sizes: { w: number; h: number }[]): boolean {
  if (radius + POINT_RADIUS > half) return false;
  return sizes.every(({ w, h }, i) => {
    const b = labelAt(axisAngle(i, sizes.length), radius, w, h);
    return b.x0 >= -half && b.x1 <= half;
  });
}

function largestRadius(width: number, sizes: { w: number; h: number }[]): number {
  const half = width / 2 - EDGE_PAD;
  let lo = 0;
  let hi = Math.min(MAX_RADIUS, half);
  if (fits(hi, half, sizes)) return hi;
  for (let k = 0; k < 24; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid, half, sizes)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const LABEL_SPACING = 3;

function collide(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 + LABEL_SPACING && b.y0 < a.y1 + LABEL_SPACING;
}

/**
 * With many axes in a narrow container neighbouring labels can collide. The one further from the
 * horizontal centre line moves further away from it (up if above, down if below): that only ever
 * increases its distance from the plot, and the height grows to fit.
 */
function separate(boxes: LabelBox[]): void {
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!collide(a, b)) continue;
        const ca = (a.y0 + a.y1) / 2;
        const cb = (b.y0 + b.y1) / 2;
        const [mover, other] = Math.abs(ca) > Math.abs(cb) ? [a, b] : [b, a];
        const h = mover.y1 - mover.y0;
        const up = (mover.y0 + mover.y1) / 2 < (other.y0 + other.y1) / 2;
        mover.y0 = up ? other.y0 - LABEL_SPACING - h : other.y1 + LABEL_SPACING;
        mover.y1 = mover.y0 + h;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * Picks the widest wrapping that still leaves a plot of a reasonable size, then sizes the height to
 * the content so nothing is cut at the top or bottom. Words are never split: when whole words would
 * squeeze the plot below KEYED_BELOW of the wanted radius (long labels in a narrow container), the
 * axes are numbered instead and `keyed` tells the element to show the labels in a key.
 */
export function layoutRadar(width: number, labels: string[]): RadarLayout {
  const n = labels.length;
  const wanted = Math.max(MIN_RADIUS, width * 0.22);
  const longestWord = Math.max(1, ...labels.flatMap((l) => tokens(l).map((w) => Math.ceil(units(w.text)))));
  const candidates = [...new Set([28, 22, 18, 15, 12, 10, 8, 6, longestWord])]
    .filter((c) => c >= longestWord && c * CHAR_WIDTH <= width / 2.2)
    .sort((a, b) => b - a);
  let best: { radius: number; wrapped: { lines: string[]; truncated: boolean }[] } | undefined;
  for (const maxChars of candidates) {
    const wrapped = labels.map((l) => wrapLabel(l, maxChars));
    const radius = largestRadius(width, wrapped.map(boxSize));
    if (!best || radius > best.radius) best = { radius, wrapped };
    if (radius >= wanted) {
      best = { radius, wrapped };
      break;
    }
  }
  const chosen = best && best.radius >= wanted * KEYED_BELOW ? best : numbered(width, n);
  const keyed = chosen !== best;
  const radius = chosen.radius;
  const boxes: LabelBox[] = chosen.wrapped.map((w, i) => {
    const { w: bw, h: bh } = boxSize(w);
    const b = labelAt(axisAngle(i, n), radius, bw, bh);
    return { lines: w.lines, truncated: w.truncated, ...b };
  });
  separate(boxes);
  const reach = radius + POINT_RADIUS;
  const top = Math.min(-reach, ...boxes.map((b) => b.y0));
  const bottom = Math.max(reach, ...boxes.map((b) => b.y1));
  return {
    width,
    height: Math.ceil(bottom - top + 2 * EDGE_PAD),
    cx: width / 2,
    cy: EDGE_PAD - top,
    radius,
    labels: boxes,
    keyed,
  };
}

function boxSize(wrapped: { lines: string[] }): { w: number; h: number } {
  return { w: textWidth(wrapped.lines), h: wrapped.lines.length * LINE_HEIGHT };
}

/** Axis labels "1", "2", … for the keyed layout. */
function numbered(width: number, n: number) {
  const wrapped = Array.from({ length: n }, (_, i) => ({ lines: [String(i + 1)], truncated: false }));
  return { radius: Math.max(MIN_RADIUS, largestRadius(width, wrapped.map(boxSize))), wrapped };
}
