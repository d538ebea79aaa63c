import { createApp, type App as VueApp } from 'vue';
import 'advocacy-kit';
import type { HealthBadge } from 'advocacy-kit';
import App from './App.vue';

export function mount(container: HTMLElement): VueApp {
  const app = createApp(App);
  app.mount(container);
  return app;
}

// @ts-expect-error a health score is a number, not a word
export const wrong: Partial<HealthBadge> = { score: 'high' };
