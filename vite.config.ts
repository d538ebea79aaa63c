import { defineConfig } from 'vite';
import { cssLiteralsPlugin } from './scripts/css-literals.mjs';

/** The six elements; each gets its own entry point, `advocacy-kit/<tag>`. */
const tags = ['maturity-assessment', 'score-radar', 'benchmark-gauge', 'health-badge', 'nps-survey', 'roi-calculator'];
/** Shipped languages besides English, each its own entry: `advocacy-kit/translations/<code>`. */
const languages = ['de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'ar'];

/**
 * `vite build` — ES modules for npm consumers, one per entry point, with lit, zod and React left external.
 * `vite build --mode cdn` — `dist/cdn/advocacy-kit.js`, one self-contained module for a `<script type="module">`.
 */
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [cssLiteralsPlugin()],
        build: {
          target: 'es2022',
          outDir: 'dist/cdn',
          emptyOutDir: true,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'advocacy-kit.js' },
          // Lib mode keeps whitespace in ES output so bundlers can tree-shake it; this file goes straight to browsers.
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        plugins: [cssLiteralsPlugin()],
        build: {
          target: 'es2022',
          outDir: 'dist',
          // `npm run build` empties dist first; `npm test` rebuilds in place and keeps dist/types.
          emptyOutDir: false,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              'core/index': 'src/core/index.ts',
              ...Object.fromEntries(tags.map((t) => [`components/${t}/${t}`, `src/components/${t}/${t}.ts`])),
              'react/index': 'src/react/index.ts',
              'translations/index': 'src/translations/index.ts',
              ...Object.fromEntries(languages.map((l) => [`translations/${l}`, `src/translations/${l}.ts`])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/, /^@shoelace-style\/localize($|\/)/],
            // One file per source module, as in src/: a bundler can then drop every module a site does not use
            // (package.json lists the few with side effects), which shared chunks would defeat.
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
