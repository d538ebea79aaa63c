import { html, type TemplateResult } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * Argtypes that turn each of an element's DOM events into an `on<Event>` action arg, so every event a
 * story fires shows in the Actions panel. The names match the ones Storybook derives from
 * custom-elements.json, so both sources describe the same arg.
 */
export function eventArgTypes(events: readonly string[]): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const name of events) {
    argTypes[actionArgName(name)] = { action: name, table: { disable: true } };
  }
  return argTypes;
}

export function actionArgName(event: string): string {
  return `on${event.replace(/(^|-)([a-z])/g, (_m, _sep, c: string) => c.toUpperCase())}`;
}

/** The shape maturity-assessment keeps under `advocacy-kit:assessment:<persist>` (see its persist.ts). */
export interface SeededAssessment {
  modelId: string;
  segment: string | null;
  answers: Record<string, number>;
  /** Completed attempts, oldest first; the last one equal to `answers` makes the element open on its result. */
  history?: { answers: Record<string, number>; overall: number; completedAt: number }[];
}

/**
 * Writes (or, with null, clears) an assessment's stored state before the story renders, so a story can
 * open on any step without clicking through the ones before it.
 */
export function seedAssessment(persist: string, seed: SeededAssessment | null): void {
  const key = `advocacy-kit:assessment:${persist}`;
  if (!seed) {
    localStorage.removeItem(key);
    return;
  }
  const history = seed.history ?? [];
  const last = history[history.length - 1];
  // A finished attempt is recognised by sharing its timestamp with the stored record (completedAt ≥ updatedAt).
  const updatedAt = last ? last.completedAt - 1 : Date.UTC(2025, 0, 15);
  localStorage.setItem(key, JSON.stringify({ v: 1, ...seed, updatedAt, history }));
}

/** Sets the share fragment the element reads (`#ak=…`), or removes it, keeping any other fragment parts. */
export function setShareHash(fragment: string | null): void {
  const rest = location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p && !p.startsWith('ak='));
  if (fragment) rest.unshift(fragment);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest.length ? `#${rest.join('&')}` : ''}`);
}

/**
 * Dark, as a site forces it: `--ak-color-scheme: dark` on an ancestor (README, "Theming"). Storybook's dark
 * background alone does not change the viewer's colour scheme.
 */
export const darkScheme = '--ak-color-scheme: dark; background:#0d1117; color:#e6edf3;';

/** Wraps a story in a dark surface, switched with the kit's one documented property. */
export function onDark(content: TemplateResult): TemplateResult {
  return html`<div class="ak-dark-story" style="${darkScheme} padding:1rem;">${content}</div>`;
}

/**
 * A brand theme applied only through the kit's public surface: `--ak-*` custom properties and `::part()`.
 * Nothing here reaches into shadow DOM.
 */
export const brandTheme = html`<style>
  .brand-story {
    --ak-color-accent: #6d28d9;
    --ak-color-on-accent: #ffffff;
    --ak-focus-ring-color: #6d28d9;
    --ak-color-text: #1e1b4b;
    --ak-color-text-muted: #4c4f6b;
    --ak-color-surface: #faf7ff;
    --ak-color-border: #a78bfa;
    --ak-color-good: #047857;
    --ak-color-warn: #a16207;
    --ak-color-bad: #b91c1c;
    --ak-font-family: Georgia, 'Times New Roman', serif;
    --ak-radius: 14px;
    --ak-radar-series-1: #6d28d9;
    --ak-radar-series-2: #c2410c;
    --ak-radar-grid-color: #c4b5fd;
    --ak-gauge-good-color: #047857;
    --ak-gauge-needle-color: #6d28d9;
    padding: 1rem;
    background: #f5f3ff;
  }
  .brand-story maturity-assessment::part(button) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .brand-story maturity-assessment::part(score) {
    color: #6d28d9;
  }
  .brand-story health-badge {
    border-radius: 6px;
  }
  .brand-story nps-survey::part(base) {
    box-shadow: 0 6px 24px rgb(109 40 217 / 0.18);
  }
  .brand-story nps-survey::part(question) {
    font-size: 1.25rem;
  }
  .brand-story benchmark-gauge::part(value) {
    color: #6d28d9;
  }
  .brand-story score-radar::part(legend) {
    font-style: italic;
  }
</style>`;
