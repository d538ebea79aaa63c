import words from '../translations/en/chart-problems.js';
import type { ProblemWords } from './problem-words-on-demand.js';

// problem-words-on-demand.ts for the one-file CDN build (vite.config.ts), which holds the words already.

export function loadProblemWords(): Promise<ProblemWords> {
  return Promise.resolve(words);
}
